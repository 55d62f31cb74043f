//! Stringification of floating-point values (NV) the way perl does it (`%.15g`, `Inf`, `NaN`),
//! plus the C-printf-exact `%e`/`%f`/`%g` building blocks that `sprintf` reuses.
//!
//! Rust's `{:.N}`/`{:.Ne}` formatting is exact (correctly rounded from the binary value, ties
//! to even), which is what glibc's printf does, so these helpers reproduce perl's output
//! byte for byte without calling into C.

/// Formats an NV as perl prints it: `%.15g`; `0` for both zeros, `Inf`, `-Inf`, `NaN`.
pub fn format_nv(n: f64) -> String {
    if n == 0.0 {
        return "0".into();
    }
    if let Some(s) = infnan_str(n) {
        return s.into();
    }
    format_g(n, 15, false, false)
}

/// perl's spelling of the non-finite values (`Inf`, `-Inf`, `NaN`), or `None` when finite.
pub fn infnan_str(n: f64) -> Option<&'static str> {
    if n.is_nan() {
        Some("NaN")
    } else if n.is_infinite() {
        Some(if n > 0.0 { "Inf" } else { "-Inf" })
    } else {
        None
    }
}

/// C's `%.{prec}e` for a finite value (sign included when negative, no `+` flag handling).
pub fn format_e(n: f64, prec: usize, alt: bool, upper: bool) -> String {
    let s = format!("{:.*e}", prec, n);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut out = String::with_capacity(mant.len() + 6);
    out.push_str(mant);
    if alt && prec == 0 {
        out.push('.');
    }
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
    out
}

/// C's `%.{prec}f` for a finite value.
pub fn format_f(n: f64, prec: usize, alt: bool) -> String {
    let mut s = format!("{:.*}", prec, n);
    if alt && prec == 0 {
        s.push('.');
    }
    s
}

/// C's `%.{prec}g` (`%#g` with `alt`, `%G` with `upper`) for a finite value.
pub fn format_g(n: f64, prec: usize, alt: bool, upper: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    // The exponent after rounding to p significant digits decides between %e and %f style.
    let e_form = format!("{:.*e}", p - 1, n);
    let x: i64 = e_form
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let mut s = if x < -4 || x >= p as i64 {
        format_e(n, p - 1, alt, upper)
    } else {
        format_f(n, (p as i64 - 1 - x) as usize, alt)
    };
    if !alt {
        strip_fraction_zeros(&mut s);
    }
    s
}

/// Removes trailing zeros of the fraction (and a bare trailing '.'), keeping any exponent.
fn strip_fraction_zeros(s: &mut String) {
    let exp_at = s.find(['e', 'E']).unwrap_or(s.len());
    let (mant, exp) = s.split_at(exp_at);
    if !mant.contains('.') {
        return;
    }
    let trimmed = mant.trim_end_matches('0').trim_end_matches('.');
    *s = format!("{trimmed}{exp}");
}
