//! Perl's `\p{...}` property names mapped onto what PCRE2 understands.
//!
//! PCRE2 knows general categories, scripts and (since 10.40) binary properties. Perl adds
//! its own names (`IsAlpha`, `XPosixSpace`, `PosixDigit`, `Word`, `L_`, `gc=`...); those are
//! rewritten here. Names neither side knows reach PCRE2 and fail there, as in perl.

/// The PCRE2 text for `\p{name}` (or `\P{name}` when `negated`), valid in or out of a class.
pub fn translate_property(name: &str, negated: bool, in_class: bool) -> Result<String, String> {
    let mut name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    let mut negated = negated;
    if let Some(rest) = name.strip_prefix('^') {
        negated = !negated;
        name = rest.to_string();
    }
    if name.is_empty() {
        return Err("Empty \\p{}".to_string());
    }
    // `gc=L`, `General_Category:L`, `Script=Greek`, `sc=Grek`.
    if let Some((key, value)) = name.split_once(['=', ':']) {
        let key_l = key.to_ascii_lowercase().replace(['_', '-'], "");
        let value = value.to_string();
        let mapped = match key_l.as_str() {
            "gc" | "generalcategory" | "category" => value,
            "sc" | "script" => format!("sc:{value}"),
            "scx" | "scriptextensions" => format!("scx:{value}"),
            "bc" | "bidiclass" => format!("bc:{value}"),
            _ => return Err(format!("Can't find Unicode property definition \"{name}\"")),
        };
        return Ok(wrap(&mapped, negated));
    }
    let lower = name.to_ascii_lowercase();
    if lower == "l_" || lower == "isl_" || lower == "l&" {
        return Ok(wrap("L&", negated));
    }
    let loose = lower.replace(['_', '-', ' '], "");
    let stripped = loose
        .strip_prefix("is")
        .filter(|r| !r.is_empty() && r != &"o")
        .unwrap_or(&loose);
    if let Some(set) = perl_special(stripped) {
        return class_text(set, negated, in_class)
            .ok_or_else(|| format!("\\P{{{name}}} inside a bracketed class is not supported"));
    }
    if stripped.starts_with("in") && stripped.len() > 2 {
        return Err(format!(
            "Unicode block property \"{name}\" is not supported"
        ));
    }
    // Single letters and PCRE2 names pass through; `Is` is perl's optional prefix.
    let passed = if loose.starts_with("is") && loose.len() > 2 && !name.starts_with("Isc") {
        &name[2..]
    } else {
        &name
    };
    Ok(wrap(passed, negated))
}

fn wrap(name: &str, negated: bool) -> String {
    format!("\\{}{{{name}}}", if negated { 'P' } else { 'p' })
}

/// A property expressed as PCRE2 class contents (without the brackets).
enum Set {
    /// Class contents, e.g. `A-Za-z` or `\p{Lu}\p{Lt}`.
    Items(&'static str),
    /// A single PCRE2 property name.
    Prop(&'static str),
}

fn perl_special(loose: &str) -> Option<Set> {
    use Set::*;
    Some(match loose {
        "alpha" | "xposixalpha" | "alphabetic" => Prop("Alphabetic"),
        "alnum" | "xposixalnum" => Items("\\p{Alphabetic}\\p{Nd}"),
        "word" | "xposixword" => Prop("Xwd"),
        "digit" | "xposixdigit" => Prop("Nd"),
        "space" | "xposixspace" | "spaceperl" | "xperlspace" | "whitespace" => Prop("Xps"),
        "upper" | "xposixupper" | "uppercase" => Prop("Uppercase"),
        "lower" | "xposixlower" | "lowercase" => Prop("Lowercase"),
        "punct" | "xposixpunct" => {
            Items("\\p{P}\\x{24}\\x{2b}\\x{3c}-\\x{3e}\\x{5e}\\x{60}\\x{7c}\\x{7e}")
        }
        "blank" | "xposixblank" | "horizspace" => Items("\\h"),
        "vertspace" => Items("\\v"),
        "cntrl" | "xposixcntrl" => Prop("Cc"),
        "graph" | "xposixgraph" => Items("^\\p{Z}\\p{C}"),
        "print" | "xposixprint" => Items("^\\p{C}\\p{Zl}\\p{Zp}"),
        "xdigit" | "xposixxdigit" | "hexdigit" | "hex" => {
            Items("0-9A-Fa-f\\x{ff10}-\\x{ff19}\\x{ff21}-\\x{ff26}\\x{ff41}-\\x{ff46}")
        }
        "posixalpha" => Items("A-Za-z"),
        "posixalnum" => Items("0-9A-Za-z"),
        "posixword" => Items("0-9A-Za-z_"),
        "posixdigit" => Items("0-9"),
        "posixspace" => Items("\\t\\n\\x0b\\f\\r "),
        "posixupper" => Items("A-Z"),
        "posixlower" => Items("a-z"),
        "posixpunct" => Items("!-/:-@\\[-`{-~"),
        "posixblank" => Items("\\t "),
        "posixcntrl" => Items("\\x00-\\x1f\\x7f"),
        "posixgraph" => Items("!-~"),
        "posixprint" => Items(" -~"),
        "posixxdigit" | "asciihexdigit" | "ahex" => Items("0-9A-Fa-f"),
        "ascii" => Items("\\x00-\\x7f"),
        "any" | "all" | "unicode" => Prop("Any"),
        "assigned" => Items("^\\p{Cn}"),
        "l_" | "lc" | "casedletter" => Prop("L&"),
        "title" | "titlecase" | "titlecaseletter" => Prop("Lt"),
        _ => return None,
    })
}

fn class_text(set: Set, negated: bool, in_class: bool) -> Option<String> {
    Some(match set {
        Set::Prop(p) => wrap(p, negated),
        Set::Items(items) => {
            let inner_negated = items.starts_with('^');
            let body = items.trim_start_matches('^');
            let effective_negation = negated != inner_negated;
            if in_class && !effective_negation {
                body.to_string()
            } else if in_class {
                // A complemented list cannot sit inside another class without nesting.
                return None;
            } else if effective_negation {
                format!("[^{body}]")
            } else {
                format!("[{body}]")
            }
        }
    })
}
