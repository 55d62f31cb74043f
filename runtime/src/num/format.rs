//! Stringification of floating-point values (NV) the way perl does it (`%.15g`, `Inf`, `NaN`).

/// Formats an NV as perl prints it: `%.15g`, with `Inf`, `-Inf`, `NaN`, and `-0` printed as `0`...
/// (placeholder; the exact rules are being filled in).
pub fn format_nv(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Inf".into() } else { "-Inf".into() };
    }
    if n == n.trunc() && n.abs() < 1e15 {
        return format!("{}", n as i64);
    }
    format!("{}", n)
}
