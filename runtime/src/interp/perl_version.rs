//! `use VERSION` / `require VERSION`: reading a version as perl does (`5.010_001` is
//! v5.10.1, `v5.36` and `5.6.1` are v-strings) and refusing one newer than the perl we
//! mimic, with perl's message.

/// The perl version Caravan behaves as.
pub const PERL_VERSION: [u64; 3] = [5, 36, 0];

/// The components of a version as written: `5.010_001` -> [5, 10, 1], `99` -> [99, 0, 0],
/// `v5.36` -> [5, 36, 0]. `None` when it is not a version.
pub fn version_parts(written: &str) -> Option<Vec<u64>> {
    let s: String = written.trim().chars().filter(|c| *c != '_').collect();
    let (is_v, body) = match s.strip_prefix('v') {
        Some(b) => (true, b.to_string()),
        None => (false, s.clone()),
    };
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let mut parts: Vec<u64> = Vec::new();
    if is_v || body.matches('.').count() >= 2 {
        for p in body.split('.') {
            parts.push(p.parse().ok()?);
        }
    } else {
        let (int, frac) = body.split_once('.').unwrap_or((&body, ""));
        parts.push(int.parse().ok()?);
        let mut frac = frac.to_string();
        while frac.len() % 3 != 0 {
            frac.push('0');
        }
        for i in (0..frac.len()).step_by(3) {
            parts.push(frac[i..i + 3].parse().ok()?);
        }
    }
    while parts.len() < 3 {
        parts.push(0);
    }
    Some(parts)
}

/// The components of a v-string value (`require v5.6.1` passes chr(5).chr(6).chr(1)).
pub fn vstring_value_parts(chars: &str) -> Option<Vec<u64>> {
    if chars.is_empty() || !chars.chars().any(|c| (c as u32) < 32) {
        return None;
    }
    let mut parts: Vec<u64> = chars.chars().map(|c| c as u64).collect();
    while parts.len() < 3 {
        parts.push(0);
    }
    Some(parts)
}

/// perl's refusal (before " at FILE line N.") when `parts` is newer than we are.
pub fn too_new(parts: &[u64]) -> Option<String> {
    if parts.iter().copied().cmp(PERL_VERSION.iter().copied()) != std::cmp::Ordering::Greater {
        return None;
    }
    let shown: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
    Some(format!(
        "Perl v{} required--this is only v{}.{}.{}, stopped",
        shown.join("."),
        PERL_VERSION[0],
        PERL_VERSION[1],
        PERL_VERSION[2]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_versions_as_perl_does() {
        assert_eq!(version_parts("5.010_001"), Some(vec![5, 10, 1]));
        assert_eq!(version_parts("5.006"), Some(vec![5, 6, 0]));
        assert_eq!(version_parts("99"), Some(vec![99, 0, 0]));
        assert_eq!(version_parts("v5.36"), Some(vec![5, 36, 0]));
        assert_eq!(version_parts("5.6.1"), Some(vec![5, 6, 1]));
        assert!(too_new(&[5, 36, 0]).is_none());
        assert_eq!(
            too_new(&[7, 0, 0]).unwrap(),
            "Perl v7.0.0 required--this is only v5.36.0, stopped"
        );
    }
}
