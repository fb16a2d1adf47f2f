//! Thin wrappers over the browser APIs the app uses. Every call tolerates a
//! missing API or a refusal (private mode, quota, denied permission) and reports
//! it as an `Err(String)` a person can read, never as a panic.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

fn js_error(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown error".into())
}

/// Read a value from local storage.
pub fn storage_get(key: &str) -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// Write a value to local storage; a full quota is an error, not a crash.
pub fn storage_set(key: &str, value: &str) -> Result<(), String> {
    let storage = window()
        .local_storage()
        .map_err(js_error)?
        .ok_or("Browser storage is not available, so the record will not survive a reload.")?;
    storage.set_item(key, value).map_err(|e| {
        format!(
            "The record could not be saved in browser storage ({}); it stays open but will not survive a reload.",
            js_error(e)
        )
    })
}

pub fn storage_remove(key: &str) {
    if let Some(s) = window().local_storage().ok().flatten() {
        let _ = s.remove_item(key);
    }
}

/// The `src` query parameter, if any.
pub fn query_param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

pub fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The page's address without query or fragment.
pub fn page_base() -> String {
    let loc = window().location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// Replace the fragment without adding a history entry or scrolling.
pub fn replace_hash(hash: &str) {
    if let Ok(history) = window().history() {
        let url = format!(
            "{}{}#{}",
            page_base(),
            window().location().search().unwrap_or_default(),
            hash
        );
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Fetch a URL as bytes (for `?src=`).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::Cors);
    let promise = window().fetch_with_str_and_init(url, &init);
    let response = JsFuture::from(promise).await.map_err(|e| {
        format!(
            "Could not fetch {url}: {} (the server may be unreachable or may not allow other sites to read it (CORS)).",
            js_error(e)
        )
    })?;
    let response: web_sys::Response = response.dyn_into().map_err(js_error)?;
    if !response.ok() {
        return Err(format!(
            "Could not fetch {url}: the server answered {} {}.",
            response.status(),
            response.status_text()
        ));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Read a dropped or picked file.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("Could not read the file: {}", js_error(e)))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Copy text to the clipboard.
pub async fn copy_to_clipboard(text: &str) -> Result<(), String> {
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(js_error)
}

/// Scroll an element into view and mark it as the landing passage.
pub fn land_on(id: &str) -> bool {
    let Some(el) = document().get_element_by_id(id) else {
        return false;
    };
    if let Ok(old) = document().query_selector_all(".landed") {
        for i in 0..old.length() {
            if let Some(e) = old
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = e.class_list().remove_1("landed");
            }
        }
    }
    // A speech goes to the top (where scroll-spy reads it), a paragraph to the middle.
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(if id.contains("-p") {
        web_sys::ScrollLogicalPosition::Center
    } else {
        web_sys::ScrollLogicalPosition::Start
    });
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    let _ = el.class_list().add_1("landed");
    true
}

/// Run `f` after the next paint (so freshly rendered elements exist).
pub fn after_render(f: impl FnOnce() + 'static) {
    after(30, f);
}

/// Run `f` after `ms` milliseconds (a new task of the event loop).
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms);
}

thread_local! {
    static PENDING_WRITE: std::cell::RefCell<Option<Box<dyn FnOnce()>>> =
        std::cell::RefCell::new(None);
    static FLUSH_ON_PAGEHIDE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Run a storage write after the next paint rather than before it (writing
/// a 300 KB record to `localStorage` takes several milliseconds), or when the
/// page is left first (`pagehide`: a reload right after opening keeps the
/// record). A newer write replaces one that has not run yet.
pub fn write_soon(write: impl FnOnce() + 'static) {
    PENDING_WRITE.with(|p| *p.borrow_mut() = Some(Box::new(write)));
    if !FLUSH_ON_PAGEHIDE.with(|f| f.replace(true)) {
        let flush = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(flush_pending_write);
        let _ =
            window().add_event_listener_with_callback("pagehide", flush.as_ref().unchecked_ref());
        flush.forget();
    }
    after_render(flush_pending_write);
}

/// Run the pending [`write_soon`] write, if any.
pub fn flush_pending_write() {
    if let Some(write) = PENDING_WRITE.with(|p| p.borrow_mut().take()) {
        write();
    }
}

/// Is the event target a text field (where shortcuts and paste must not be stolen)?
pub fn target_is_editable(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false)
}

/// Milliseconds since the page started (`performance.now()`).
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Resolve on a later task of the event loop, so the page can paint and
/// handle input in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
