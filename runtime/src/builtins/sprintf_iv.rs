//! perl's `sprintf "%d"` reads its argument with `sv_2iv`, which caches the integer in the
//! scalar: an integral NV below 2**53 becomes IOK and then stringifies as an integer
//! (`my $x = 1e15; sprintf "%d", $x; print $x` prints 1000000000000000). This mirrors that
//! for arguments that are plain scalar variables, mapping conversions to arguments in order.

use crate::compile::node::Node;
use crate::interp::Interp;
use crate::value::{Slot, Sv, Value};

/// The argument indices (0 = first after the format) read by integer conversions, or
/// `None` when the format uses explicit indexes (`%2$d`) or vectors.
fn integer_conversions(fmt: &[u8]) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    let mut arg = 0usize;
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        while i < fmt.len() {
            let c = fmt[i];
            i += 1;
            match c {
                b'%' => break,
                b'$' | b'v' => return None,
                b'*' => arg += 1,
                b'-'
                | b'+'
                | b' '
                | b'#'
                | b'.'
                | b'0'..=b'9'
                | b'h'
                | b'l'
                | b'q'
                | b'L'
                | b'V'
                | b'z'
                | b't'
                | b'j' => {}
                b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'b' | b'B' | b'c' | b'D' | b'U'
                | b'O' => {
                    out.push(arg);
                    arg += 1;
                    break;
                }
                _ => {
                    arg += 1;
                    break;
                }
            }
        }
    }
    Some(out)
}

fn scalar_cell(it: &Interp, n: &Node) -> Option<Sv> {
    match n {
        Node::LexSv(slot) => match it.pad.get(*slot as usize)? {
            Slot::S(c) => Some(c.clone()),
            _ => None,
        },
        Node::GlobSv(g) => Some(g.sv()),
        _ => None,
    }
}

/// After `sprintf(FMT, ARGS)` whose nodes each gave one value: caches integers.
pub fn cache_integers(it: &mut Interp, nodes: &[Node], values: &[Value]) {
    if nodes.len() != values.len()
        || nodes.len() < 2
        || !values[1..].iter().any(|v| matches!(v, Value::Num(_)))
    {
        return;
    }
    let fmt = values[0].to_pstr();
    if !fmt.bytes.contains(&b'%') {
        return;
    }
    let Some(convs) = integer_conversions(&fmt.bytes) else {
        return;
    };
    for k in convs {
        let (Some(node), Some(Value::Num(f))) = (nodes.get(k + 1), values.get(k + 1)) else {
            continue;
        };
        if f.fract() != 0.0 || f.abs() >= 9007199254740992.0 {
            continue;
        }
        if let Some(cell) = scalar_cell(it, node) {
            if matches!(cell.get(), Value::Num(g) if g == *f) && !cell.readonly() {
                cell.put(Value::Int(*f as i64));
            }
        }
    }
}
