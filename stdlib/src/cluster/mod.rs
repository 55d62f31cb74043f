//! `cluster(...)` and `pmap_on`: spec parsing, worker transports, the dispatcher that maps a
//! block over items on many worker processes, the worker loop (`caravan --remote-worker`),
//! and the tagged JSON form of values on the wire. Interpreter-agnostic: the runtime plugs
//! in through [`worker::SessionEngine`], [`wire_value::WireValue`] and [`spec::SpecArg`].
//! See `README.md` in this directory.

pub mod dispatcher;
mod queue;
mod slot;
pub mod spec;
pub mod toy_engine;
pub mod transport;
pub mod wire_value;
mod wire_value_serde;
pub mod worker;

pub use dispatcher::{run_map, CollectSink, MapError, OutputSink, StdioSink};
pub use remote_wire::{CapturedVar, JobResult, Outcome, SessionInit};
pub use spec::{parse as parse_spec, ClusterSpec, SpecArg, SpecError, SpecValue, Tunables};
pub use transport::LaunchEnv;
pub use wire_value::{CannotTravel, WireStr, WireValue};
pub use worker::{run_stdio_worker, serve, SessionEngine, WorkerOptions};
