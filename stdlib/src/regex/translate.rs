//! Perl pattern syntax -> PCRE2 pattern syntax.
//!
//! PCRE2 already speaks most of Perl's dialect, so this is a careful copy that rewrites only
//! where the two differ: `\N{U+...}`, perl's lax `\x{...}`/`\o{...}`, perl-only property
//! names, the charset modifiers `a d l u p` inside `(?...)`, and constructs that need perl
//! code (`(?{ })`, `(??{ })`) which are refused as unsupported. It works on code points so
//! the same pass serves byte patterns and UTF-8 patterns.

use super::error::RegexError;
use super::properties::translate_property;

/// The result of translating one pattern.
#[derive(Debug, Clone)]
pub struct Translated {
    /// The PCRE2 pattern as code points.
    pub code_points: Vec<u32>,
    /// Some code point is above 0xFF, so only a UTF-mode compile can hold it.
    pub needs_utf8: bool,
    /// Something in the pattern (`\N{U+..}`, `\p{}`, `(?u)`) makes perl use Unicode rules.
    pub unicode_rules: bool,
    /// Number of capture groups seen.
    pub captures: usize,
}

/// How to translate: the pattern-wide flags that change the syntax.
#[derive(Debug, Clone, Copy, Default)]
pub struct TranslateOptions {
    pub extended: bool,
    pub extended_more: bool,
    pub no_auto_capture: bool,
    /// Unicode-rules UTF mode: perl's `\w` also matches U+200C and U+200D (Join_Control).
    pub word_join_control: bool,
}

/// Translate `pattern` (perl code points). Two passes: the first counts capture groups,
/// which the second needs (a condition on a group that does not exist is false in perl).
pub fn translate(pattern: &[u32], opts: TranslateOptions) -> Result<Translated, RegexError> {
    let first = translate_pass(pattern, opts, None)?;
    translate_pass(pattern, opts, Some(first.captures))
}

fn translate_pass(
    pattern: &[u32],
    opts: TranslateOptions,
    total: Option<usize>,
) -> Result<Translated, RegexError> {
    let mut t = Translator {
        src: pattern,
        pos: 0,
        out: Vec::with_capacity(pattern.len() + 8),
        ext_stack: vec![(opts.extended, opts.extended_more)],
        wide_escape: false,
        unicode_rules: false,
        captures: 0,
        total_captures: total,
        no_auto_capture: opts.no_auto_capture,
        word_join_control: opts.word_join_control,
    };
    t.run()?;
    let needs_utf8 = t.wide_escape || t.out.iter().any(|&c| c > 0xFF);
    Ok(Translated {
        code_points: t.out,
        needs_utf8,
        unicode_rules: t.unicode_rules,
        captures: t.captures,
    })
}

struct Translator<'a> {
    src: &'a [u32],
    pos: usize,
    out: Vec<u32>,
    /// `/x` and `/xx` state per open group; inline `(?x)` changes the innermost.
    ext_stack: Vec<(bool, bool)>,
    /// An escape produced a code point above 0xFF.
    wide_escape: bool,
    unicode_rules: bool,
    captures: usize,
    total_captures: Option<usize>,
    no_auto_capture: bool,
    word_join_control: bool,
}

fn is(c: Option<u32>, ch: char) -> bool {
    c == Some(ch as u32)
}

fn push_str(out: &mut Vec<u32>, s: &str) {
    out.extend(s.chars().map(|c| c as u32));
}

impl Translator<'_> {
    fn peek(&self, k: usize) -> Option<u32> {
        self.src.get(self.pos + k).copied()
    }

    fn extended(&self) -> bool {
        self.ext_stack.last().is_some_and(|e| e.0)
    }

    fn err(&self, msg: &str) -> RegexError {
        RegexError::syntax(msg, Some(self.pos))
    }

    fn run(&mut self) -> Result<(), RegexError> {
        while let Some(c) = self.peek(0) {
            match char::from_u32(c).unwrap_or('\u{FFFD}') {
                '\\' => self.escape(false)?,
                '[' => self.class()?,
                '(' => self.open_paren()?,
                ')' => {
                    if self.ext_stack.len() > 1 {
                        self.ext_stack.pop();
                    }
                    self.out.push(c);
                    self.pos += 1;
                }
                '#' if self.extended() => self.line_comment(),
                '$' | '^'
                    if self
                        .peek(1)
                        .and_then(char::from_u32)
                        .is_some_and(|q| "?*+{".contains(q)) =>
                {
                    // perl lets an anchor be quantified; PCRE2 wants a group around it.
                    push_str(&mut self.out, "(?:");
                    self.out.push(c);
                    self.out.push(')' as u32);
                    self.pos += 1;
                }
                '{' => self.brace(),
                _ => {
                    self.out.push(c);
                    self.pos += 1;
                }
            }
        }
        Ok(())
    }

    /// A `{`: `{n,m}` with n > m can never match in perl (PCRE2 refuses it).
    fn brace(&mut self) {
        let mut i = self.pos + 1;
        let mut nums = vec![String::new()];
        while let Some(c) = self.src.get(i).and_then(|&c| char::from_u32(c)) {
            match c {
                '0'..='9' => nums.last_mut().unwrap().push(c),
                ',' if nums.len() == 1 => nums.push(String::new()),
                '}' => break,
                _ => {
                    nums.clear();
                    break;
                }
            }
            i += 1;
        }
        if nums.len() == 2 && i < self.src.len() {
            if let (Ok(n), Ok(m)) = (nums[0].parse::<u64>(), nums[1].parse::<u64>()) {
                if n > m {
                    push_str(&mut self.out, "{0}(?!)");
                    self.pos = i + 1;
                    return;
                }
            }
        }
        self.out.push('{' as u32);
        self.pos += 1;
    }

    /// `# ...` up to newline under `/x`: copied untouched (escapes inside mean nothing).
    fn line_comment(&mut self) {
        while let Some(c) = self.peek(0) {
            self.out.push(c);
            self.pos += 1;
            if c == '\n' as u32 {
                break;
            }
        }
    }

    /// A backslash sequence. `in_class` changes the meaning of a few (`\b`, `\N`, digits).
    fn escape(&mut self, in_class: bool) -> Result<(), RegexError> {
        let start = self.pos;
        let Some(c) = self.peek(1) else {
            return Err(RegexError::syntax("Trailing \\ in regex", Some(start)));
        };
        let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
        match ch {
            'x' if is(self.peek(2), '{') => {
                self.pos += 3;
                let body = self.braced_body(start)?;
                let v = parse_radix(&body, 16, self.pos).map_err(|m| self.err(&m))?;
                self.emit_hex(v);
            }
            'o' if is(self.peek(2), '{') => {
                self.pos += 3;
                let body = self.braced_body(start)?;
                let v = parse_radix(&body, 8, self.pos).map_err(|m| self.err(&m))?;
                self.emit_hex(v);
            }
            'o' => return Err(RegexError::syntax("Missing braces on \\o{}", Some(start))),
            'N' if is(self.peek(2), '{') && !self.is_quantifier_brace(self.pos + 2) => {
                self.pos += 3;
                let body = self.braced_body(start)?;
                self.unicode_rules = true;
                self.named_char(&body, start)?;
            }
            'N' if in_class => {
                return Err(RegexError::syntax(
                    "\\N in a character class must be a named character: \\N{...}",
                    Some(start),
                ))
            }
            'p' | 'P' => {
                self.unicode_rules = true;
                self.property(ch == 'P', in_class)?
            }
            'b' | 'B' if !in_class && is(self.peek(2), '{') => {
                return Err(RegexError::unsupported(
                    format!("\\{ch}{{...}} boundaries are not supported"),
                    Some(start),
                ));
            }
            'C' => return Err(RegexError::syntax("\\C no longer supported", Some(start))),
            'w' | 'W' if self.word_join_control && !(in_class && ch == 'W') => {
                let text = match (in_class, ch) {
                    (true, _) => "\\w\\x{200c}\\x{200d}",
                    (false, 'w') => "[\\w\\x{200c}\\x{200d}]",
                    _ => "[^\\w\\x{200c}\\x{200d}]",
                };
                push_str(&mut self.out, text);
                self.pos += 2;
            }
            'c' => {
                let Some(x) = self.peek(2) else {
                    return Err(RegexError::syntax(
                        "Character following \"\\c\" must be printable ASCII",
                        Some(start),
                    ));
                };
                if !(0x20..0x7F).contains(&x) {
                    return Err(RegexError::syntax(
                        "Character following \"\\c\" must be printable ASCII",
                        Some(start),
                    ));
                }
                let upper = if (b'a' as u32..=b'z' as u32).contains(&x) {
                    x - 32
                } else {
                    x
                };
                self.emit_hex(upper ^ 64);
                self.pos += 3;
            }
            '8' | '9' if in_class => {
                // perl: an unrecognized escape, the digit itself.
                self.out.push(c);
                self.pos += 2;
            }
            _ if ch.is_ascii_alphabetic()
                && !"abBcdDeEfgGhHkKnNopPQrRsStvVwWxXzZA".contains(ch) =>
            {
                // perl: an unrecognized escape stands for the letter itself.
                self.out.push(c);
                self.pos += 2;
            }
            _ => {
                // Everything else PCRE2 reads the way perl does: copy the escape and its char.
                self.out.push('\\' as u32);
                self.out.push(c);
                self.pos += 2;
            }
        }
        Ok(())
    }

    /// `\N{3}` / `\N{2,5}` is a quantified "not newline", not a named character.
    fn is_quantifier_brace(&self, brace: usize) -> bool {
        let mut i = brace + 1;
        let mut digits = 0;
        while let Some(&c) = self.src.get(i) {
            if c == '}' as u32 {
                return digits > 0;
            }
            if (c >= '0' as u32 && c <= '9' as u32) || c == ',' as u32 || c == ' ' as u32 {
                if c != ',' as u32 && c != ' ' as u32 {
                    digits += 1;
                }
                i += 1;
            } else {
                return false;
            }
        }
        false
    }

    /// Read up to the closing `}` (position is just after `{`); returns the body.
    fn braced_body(&mut self, start: usize) -> Result<String, RegexError> {
        let mut body = String::new();
        loop {
            match self.peek(0) {
                None => {
                    return Err(RegexError::syntax(
                        "Missing right brace on \\x{}",
                        Some(start),
                    ))
                }
                Some(c) if c == '}' as u32 => {
                    self.pos += 1;
                    return Ok(body);
                }
                Some(c) => {
                    body.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                    self.pos += 1;
                }
            }
        }
    }

    fn emit_hex(&mut self, v: u32) {
        self.wide_escape |= v > 0xFF;
        push_str(&mut self.out, &format!("\\x{{{v:x}}}"));
    }

    fn named_char(&mut self, body: &str, start: usize) -> Result<(), RegexError> {
        let body = body.trim();
        let Some(hex) = body.strip_prefix("U+") else {
            return Err(RegexError::unsupported(
                format!("\\N{{{body}}}: named characters are not supported (use \\N{{U+...}})"),
                Some(start),
            ));
        };
        let mut seq = Vec::new();
        for part in hex.split('.') {
            if part.trim().is_empty() {
                return Err(RegexError::syntax(
                    "Invalid hexadecimal number in \\N{U+...}",
                    Some(start),
                ));
            }
            seq.push(parse_radix(part, 16, start).map_err(|m| RegexError::syntax(m, Some(start)))?);
        }
        if seq.len() > 1 {
            self.out.push('(' as u32);
            push_str(&mut self.out, "?:");
        }
        for v in &seq {
            self.emit_hex(*v);
        }
        if seq.len() > 1 {
            self.out.push(')' as u32);
        }
        Ok(())
    }

    /// `\p{...}`, `\P{...}`, `\pL`: perl property names mapped to PCRE2's.
    fn property(&mut self, negated: bool, in_class: bool) -> Result<(), RegexError> {
        let start = self.pos;
        let letter = if negated { 'P' } else { 'p' };
        self.pos += 2;
        let name: String = if is(self.peek(0), '{') {
            self.pos += 1;
            let mut body = String::new();
            loop {
                match self.peek(0) {
                    None => {
                        return Err(RegexError::syntax(
                            "Missing right brace on \\p{}",
                            Some(start),
                        ))
                    }
                    Some(c) if c == '}' as u32 => {
                        self.pos += 1;
                        break;
                    }
                    Some(c) => {
                        body.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                        self.pos += 1;
                    }
                }
            }
            body
        } else {
            match self.peek(0).and_then(char::from_u32) {
                Some(c) if c.is_ascii_alphabetic() => {
                    self.pos += 1;
                    c.to_string()
                }
                _ => {
                    return Err(RegexError::syntax(
                        format!("Character following \\{letter} must be '{{' or a single-character Unicode property name"),
                        Some(start),
                    ))
                }
            }
        };
        let pcre = translate_property(&name, negated, in_class)
            .map_err(|m| RegexError::syntax(m, Some(start)))?;
        push_str(&mut self.out, &pcre);
        Ok(())
    }

    /// A bracketed character class, copied with its escapes translated.
    fn class(&mut self) -> Result<(), RegexError> {
        let start = self.pos;
        self.out.push('[' as u32);
        self.pos += 1;
        if is(self.peek(0), '^') {
            self.out.push('^' as u32);
            self.pos += 1;
        }
        if is(self.peek(0), ']') {
            // A leading `]` is literal in perl; say so explicitly.
            push_str(&mut self.out, "\\]");
            self.pos += 1;
        }
        // Whether the previous item was a set (`\d`, `[:alpha:]`...): a `-` next to one is
        // literal in perl ("False [] range" is only a warning), an error in PCRE2.
        let mut prev_was_set = false;
        loop {
            let Some(c) = self.peek(0) else {
                return Err(RegexError::syntax("Unmatched [", Some(start)));
            };
            let was_set = prev_was_set;
            prev_was_set = false;
            match char::from_u32(c).unwrap_or('\u{FFFD}') {
                ']' => {
                    self.out.push(c);
                    self.pos += 1;
                    return Ok(());
                }
                '\\' => {
                    prev_was_set = self.at_set_escape(self.pos);
                    self.escape(true)?
                }
                '[' if matches!(self.peek(1).and_then(char::from_u32), Some(':' | '.' | '=')) => {
                    self.posix_class(start)?;
                    prev_was_set = true;
                }
                '-' if was_set
                    || self.at_set_escape(self.pos + 1)
                    || self.at_posix(self.pos + 1) =>
                {
                    push_str(&mut self.out, "\\-");
                    self.pos += 1;
                }
                _ => {
                    self.out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// Whether a backslash at `i` starts a multi-character set like `\d` or `\p{L}`.
    fn at_set_escape(&self, i: usize) -> bool {
        is(self.src.get(i).copied(), '\\')
            && self
                .src
                .get(i + 1)
                .and_then(|&c| char::from_u32(c))
                .is_some_and(|c| "dDwWsShHvVpPR".contains(c))
    }

    fn at_posix(&self, i: usize) -> bool {
        is(self.src.get(i).copied(), '[') && is(self.src.get(i + 1).copied(), ':')
    }

    /// `[:name:]` inside a class; anything not closed by the same punctuation is literal.
    fn posix_class(&mut self, class_start: usize) -> Result<(), RegexError> {
        let punct = self.peek(1).unwrap_or(0);
        let mut i = self.pos + 2;
        while let Some(&c) = self.src.get(i) {
            if c == ']' as u32 {
                break;
            }
            i += 1;
        }
        let closed = i < self.src.len() && i >= self.pos + 3 && self.src[i - 1] == punct;
        if !closed {
            self.out.push('\\' as u32);
            self.out.push('[' as u32);
            self.pos += 1;
            return Ok(());
        }
        if punct != ':' as u32 {
            let p = char::from_u32(punct).unwrap_or('.');
            return Err(RegexError::syntax(
                format!("POSIX syntax [{p} {p}] is reserved for future extensions"),
                Some(class_start),
            ));
        }
        let name: String = self.src[self.pos + 2..i - 1]
            .iter()
            .filter_map(|&c| char::from_u32(c))
            .collect();
        let bare = name.strip_prefix('^').unwrap_or(&name);
        const KNOWN: [&str; 14] = [
            "alpha", "digit", "alnum", "space", "upper", "lower", "punct", "print", "graph",
            "cntrl", "blank", "xdigit", "word", "ascii",
        ];
        if !KNOWN.contains(&bare) {
            return Err(RegexError::syntax(
                format!("POSIX class [:{name}:] unknown"),
                Some(class_start),
            ));
        }
        self.out.extend_from_slice(&self.src[self.pos..=i]);
        self.pos = i + 1;
        Ok(())
    }

    /// `(` and whatever `(?...` or `(*...` follows it.
    fn open_paren(&mut self) -> Result<(), RegexError> {
        let start = self.pos;
        let top = *self.ext_stack.last().unwrap_or(&(false, false));
        if is(self.peek(1), '*') && is(self.peek(2), '{') {
            return Err(RegexError::unsupported(
                "(*{ code }) is not supported",
                Some(start),
            ));
        }
        if !is(self.peek(1), '?') {
            if !is(self.peek(1), '*') && !self.no_auto_capture {
                self.captures += 1;
            }
            self.ext_stack.push(top);
            self.out.push('(' as u32);
            self.pos += 1;
            return Ok(());
        }
        let next = self.peek(2).and_then(char::from_u32);
        match next {
            Some('#') => {
                // (?#...) comment: copy to the first `)`.
                let mut i = self.pos;
                while i < self.src.len() && self.src[i] != ')' as u32 {
                    i += 1;
                }
                if i >= self.src.len() {
                    return Err(RegexError::syntax(
                        "Sequence (?#... not terminated",
                        Some(start),
                    ));
                }
                self.pos = i + 1;
                Ok(())
            }
            Some('{') => Err(RegexError::unsupported(
                "(?{ code }) is not supported",
                Some(start),
            )),
            Some('?') if is(self.peek(3), '{') => Err(RegexError::unsupported(
                "(??{ code }) is not supported",
                Some(start),
            )),
            Some('[') => Err(RegexError::unsupported(
                "(?[ ]) extended character classes are not supported",
                Some(start),
            )),
            Some('(') if is(self.peek(3), '?') && is(self.peek(4), '{') => Err(
                RegexError::unsupported("(?(?{ code })...) is not supported", Some(start)),
            ),
            Some('-')
                if self
                    .peek(3)
                    .and_then(char::from_u32)
                    .is_some_and(|d| d.is_ascii_digit()) =>
            {
                self.out.push('(' as u32);
                self.pos += 1;
                self.ext_stack.push(top);
                Ok(())
            }
            Some(c) if c == '^' || c == '-' || c == ':' || c == ')' || "adlupimnsx".contains(c) => {
                self.flag_group(top)
            }
            Some('(') => {
                // A condition on a group number that does not exist is false in perl.
                let mut i = self.pos + 3;
                let mut num = String::new();
                while let Some(d) = self
                    .src
                    .get(i)
                    .and_then(|&c| char::from_u32(c))
                    .filter(char::is_ascii_digit)
                {
                    num.push(d);
                    i += 1;
                }
                let missing = match (num.parse::<usize>(), self.total_captures) {
                    (Ok(n), Some(total)) => is(self.src.get(i).copied(), ')') && n > total,
                    _ => false,
                };
                self.ext_stack.push(top);
                let lookaround = is(self.peek(3), '?') || is(self.peek(3), '*');
                let close = self.src[self.pos + 3..]
                    .iter()
                    .position(|&c| c == ')' as u32)
                    .map(|k| k + self.pos + 3);
                if missing {
                    push_str(&mut self.out, "(?(?!)");
                    self.pos = i + 1;
                } else if let (false, Some(close)) = (lookaround, close) {
                    // `(1)`, `(<name>)`, `(R)`, `(DEFINE)`: copied whole, so its parens are
                    // not taken for a capture group.
                    self.out.extend_from_slice(&self.src[self.pos..=close]);
                    self.pos = close + 1;
                } else {
                    push_str(&mut self.out, "(?");
                    self.pos += 2;
                }
                Ok(())
            }
            _ => {
                let named = match next {
                    Some('<') => !matches!(self.peek(3).and_then(char::from_u32), Some('=' | '!')),
                    Some('\'') => true,
                    Some('P') => is(self.peek(3), '<'),
                    _ => false,
                };
                if named {
                    self.captures += 1;
                }
                self.ext_stack.push(top);
                self.out.push('(' as u32);
                self.out.push('?' as u32);
                self.pos += 2;
                Ok(())
            }
        }
    }

    /// `(?^flags-flags)` / `(?flags:...)`: drop the letters PCRE2 lacks, track `/x`.
    fn flag_group(&mut self, top: (bool, bool)) -> Result<(), RegexError> {
        let start = self.pos;
        let mut i = self.pos + 2;
        let mut caret = false;
        let mut negate = false;
        let mut on = String::new();
        let mut off = String::new();
        let (mut x, mut xx) = top;
        let mut x_seen_on = 0;
        let mut a_count = 0;
        let mut off_a = false;
        let end = loop {
            let Some(c) = self.src.get(i).and_then(|&c| char::from_u32(c)) else {
                return Err(RegexError::syntax(
                    "Sequence (?... not terminated",
                    Some(start),
                ));
            };
            match c {
                '^' if i == self.pos + 2 => {
                    caret = true;
                    x = false;
                    xx = false;
                }
                '-' if !negate && !caret => negate = true,
                ':' | ')' => break c,
                'x' => {
                    if negate {
                        x = false;
                        xx = false;
                        off.push('x');
                    } else {
                        x_seen_on += 1;
                        x = true;
                        xx = x_seen_on >= 2;
                        on.push('x');
                    }
                }
                'i' | 'm' | 's' | 'n' => {
                    if negate {
                        off.push(c)
                    } else {
                        on.push(c)
                    }
                }
                'a' if !negate => a_count += 1,
                'u' if !negate => {
                    self.unicode_rules = true;
                    if a_count == 0 {
                        off_a = true;
                    }
                }
                'd' | 'l' | 'u' | 'p' if !negate || c == 'p' => {}
                _ => {
                    let shown: String = self.src[self.pos..=i]
                        .iter()
                        .filter_map(|&c| char::from_u32(c))
                        .collect();
                    return Err(RegexError::syntax(
                        format!("Sequence {shown}...) not recognized"),
                        Some(start),
                    ));
                }
            }
            i += 1;
        };
        if a_count > 0 {
            on.push('a');
            if a_count > 1 {
                on.push('r');
            }
        }
        let mut text = String::from("(?");
        if caret {
            text.push('^');
        }
        text.push_str(&on);
        if off_a && !caret {
            off.push('a');
        }
        if !off.is_empty() {
            text.push('-');
            text.push_str(&off);
        }
        self.pos = i + 1;
        if end == ':' {
            text.push(':');
            self.ext_stack.push((x, xx));
        } else {
            text.push(')');
            if let Some(t) = self.ext_stack.last_mut() {
                *t = (x, xx);
            }
            if text == "(?)" {
                return Ok(());
            }
        }
        push_str(&mut self.out, &text);
        Ok(())
    }
}

/// Perl's lax number reading for `\x{...}` / `\o{...}`: blanks around, `_` between digits.
fn parse_radix(body: &str, radix: u32, _at: usize) -> Result<u32, String> {
    let body = body.trim_matches(|c| c == ' ' || c == '\t');
    let mut v: u64 = 0;
    let mut prev_us = false;
    for (k, c) in body.chars().enumerate() {
        if c == '_' && !prev_us {
            let _ = k;
            prev_us = true;
            continue;
        }
        prev_us = false;
        match c.to_digit(radix) {
            Some(d) => {
                v = v * radix as u64 + d as u64;
                if v > 0x7FFF_FFFF {
                    return Err("Use of code point 0x... is not allowed; the permissible max is 0x7FFFFFFFFFFFFFFF".into());
                }
            }
            None => {
                return Err(if radix == 16 {
                    "Non-hex character".to_string()
                } else {
                    "Non-octal character".to_string()
                })
            }
        }
    }
    Ok(v as u32)
}
