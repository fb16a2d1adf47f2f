//! Parsing large records off the main thread.
//!
//! The parser module (`src/bin/verbatim-parser.rs`) runs in a dedicated
//! module worker (`parse-worker.js`, written by `scripts/postbuild.mjs`),
//! which calls its `worker_parse`. The worker answers with the record in
//! binary pieces ([`verbatim_core::transfer`]) so the page decodes it one
//! piece per task and never blocks for long. If the worker cannot start or
//! fails, the caller is told and parses on the page instead (`parser`):
//! slower, but the record still opens.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the page hears back about one parse request.
pub enum Reply {
    /// The text a PDF's layout made (before the record's pieces).
    Text(String),
    /// One piece of the record.
    Piece(Vec<u8>),
    /// The worker failed; the text should be parsed on the page.
    Failed(String),
}

struct Running {
    worker: web_sys::Worker,
    // Kept alive as long as the worker is.
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// What the worker is asked to read.
pub enum Job<'a> {
    /// Text, parsed by the parser module.
    Text(&'a str),
    /// A PDF, read by the PDF reader module (loaded in the worker on demand).
    Pdf(&'a [u8]),
}

/// Page side: parse `text` in a fresh worker, calling `on_reply` for each reply.
/// A request replaces any running one (its worker is terminated), so replies
/// never mix between records.
pub fn parse_in_worker(
    text: &str,
    custom_themes_json: &str,
    on_reply: impl FnMut(Reply) + 'static,
) {
    run_in_worker(Job::Text(text), custom_themes_json, on_reply);
}

/// Page side: read a PDF in a fresh worker (as [`parse_in_worker`]); the
/// first reply is the text its layout made, then the record's pieces.
pub fn read_pdf_in_worker(
    bytes: &[u8],
    custom_themes_json: &str,
    on_reply: impl FnMut(Reply) + 'static,
) {
    run_in_worker(Job::Pdf(bytes), custom_themes_json, on_reply);
}

fn run_in_worker(job: Job<'_>, custom_themes_json: &str, on_reply: impl FnMut(Reply) + 'static) {
    stop();
    let on_reply = std::rc::Rc::new(RefCell::new(on_reply));
    let id = NEXT_ID.with(|n| {
        *n.borrow_mut() += 1;
        *n.borrow()
    });
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = match web_sys::Worker::new_with_options("parse-worker.js", &options) {
        Ok(w) => w,
        Err(e) => {
            (on_reply.borrow_mut())(Reply::Failed(describe(&e)));
            return;
        }
    };
    let replies = on_reply.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let get = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
            if get("id").and_then(|v| v.as_f64()) != Some(f64::from(id)) {
                return;
            }
            let reply = match (
                get("piece").and_then(|v| {
                    v.dyn_into::<js_sys::Uint8Array>()
                        .ok()
                        .map(|bytes| bytes.to_vec())
                }),
                get("error").and_then(|v| v.as_string()),
                get("text").and_then(|v| v.as_string()),
            ) {
                (Some(piece), _, _) => Reply::Piece(piece),
                (None, Some(error), _) => Reply::Failed(error),
                (None, None, Some(text)) => Reply::Text(text),
                (None, None, None) => return,
            };
            let failed = matches!(reply, Reply::Failed(_));
            (replies.borrow_mut())(reply);
            if failed {
                stop_later();
            }
        });
    let replies = on_reply.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let message = ev
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "the background parser could not start".into());
        (replies.borrow_mut())(Reply::Failed(message));
        stop_later();
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let request = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&request, &"id".into(), &JsValue::from(id));
    match job {
        Job::Text(text) => {
            let _ = js_sys::Reflect::set(&request, &"text".into(), &JsValue::from_str(text));
        }
        Job::Pdf(bytes) => {
            let buffer = js_sys::Uint8Array::from(bytes).buffer();
            let _ = js_sys::Reflect::set(&request, &"pdf".into(), &buffer);
        }
    }
    let _ = js_sys::Reflect::set(
        &request,
        &"themes".into(),
        &JsValue::from_str(custom_themes_json),
    );
    if let Err(e) = worker.post_message(&request) {
        (on_reply.borrow_mut())(Reply::Failed(describe(&e)));
        worker.terminate();
        return;
    }
    RUNNING.with(|r| {
        *r.borrow_mut() = Some(Running {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    });
}

/// Stop the running worker, if any (its replies are dropped).
pub fn stop() {
    if let Some(running) = RUNNING.with(|r| r.borrow_mut().take()) {
        running.worker.set_onmessage(None);
        running.worker.set_onerror(None);
        running.worker.terminate();
    }
}

/// [`stop`] from inside a worker callback: the callback's closure must not be
/// dropped while it runs, so stop on the next turn of the event loop.
pub fn stop_later() {
    crate::browser::after(0, stop);
}

pub fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "the background parser could not start".into())
}
