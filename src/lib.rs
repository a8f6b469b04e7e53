//! amphost: a command-line tool for AWS Amplify Hosting, with its own local emulator.
//!
//! Data flows one way: `cli` (clap) → `commands` (one module per noun) → `api` (the model-driven,
//! SigV4-signed HTTP layer) → `render` (tables, JSON, text). `emulator` is the local service;
//! `model` is AWS's model of the API, shared by the client and the emulator. `build` runs
//! `amplify.yml` locally.

pub mod api;
pub mod build;
pub mod cli;
pub mod commands;
pub mod deploy;
pub mod doctor;
pub mod emulator;
pub mod exit;
pub mod model;
pub mod preview;
pub mod project;
pub mod render;
pub mod rules;
pub mod storage;
pub mod text;
pub mod timefmt;
