//! Serving a site the way Amplify Hosting would: redirects and rewrites (`rules`), custom
//! headers (`headers`), basic auth, over files from a folder, a zip or a file map (`site`).
//! `amphost preview` and the emulator's deployed sites share it (`serve`).

pub mod headers;
pub mod rules;
pub mod serve;
pub mod site;
