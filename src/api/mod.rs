//! The thin signed-HTTP layer over the Amplify Hosting API: every operation goes through
//! [`Client::call`] with its model name and a JSON input; requests are serialised, validated,
//! signed (SigV4), sent with the standard retry policy, and errors come back typed.
//! This layer knows nothing of clap, terminals, tables or progress bars.

pub mod client;
pub mod error;
pub mod paginate;
pub mod redact;
pub mod wire;

pub use client::{Client, ClientSettings, CredentialSource, Trace};
pub use error::ApiError;
