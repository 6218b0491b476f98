//! What is kept on this device, and only after the person asked for it: one record in
//! IndexedDB. Nothing here opens the database before then: at start-up the app only asks
//! the browser whether a database of backstep's exists (`indexedDB.databases()`, which
//! creates nothing), because `indexedDB.open` would create one.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

use crate::returning::{Kept, Unreadable};

const DATABASE: &str = "backstep";
const STORE: &str = "kept";
/// The record the app reads and writes.
const RECORD: &str = "record";
/// A record the app could not read, kept as it was (never used, never shown) until the
/// person forgets everything.
const SET_ASIDE: &str = "set-aside";

/// What start-up found on the device.
pub enum Stored {
    Nothing,
    Kept(Box<Kept>),
    /// A record was there but could not be read; it is set aside.
    SetAside,
}

/// Reads what is kept, if anything; a record it cannot read is moved aside.
pub async fn load() -> Stored {
    match try_load().await {
        Ok(stored) => stored,
        Err(error) => {
            web_sys::console::warn_2(&"backstep: could not read what is kept".into(), &error);
            Stored::Nothing
        }
    }
}

async fn try_load() -> Result<Stored, JsValue> {
    if !exists().await? {
        return Ok(Stored::Nothing);
    }
    let database = open().await?;
    let stored = read_record(&database).await;
    // An open connection would hold up "Forget everything" (deleteDatabase waits for it).
    database.close();
    stored
}

async fn read_record(database: &IdbDatabase) -> Result<Stored, JsValue> {
    let text = settled(&store(database, IdbTransactionMode::Readonly)?.get(&RECORD.into())?)
        .await?
        .as_string();
    let Some(text) = text else {
        // Only a set-aside record, from an earlier visit: still said, still to forget.
        let aside = settled(
            &store(database, IdbTransactionMode::Readonly)?.count_with_key(&SET_ASIDE.into())?,
        )
        .await?;
        return Ok(if aside.as_f64().unwrap_or(0.0) > 0.0 {
            WRITTEN.set(true);
            Stored::SetAside
        } else {
            Stored::Nothing
        });
    };
    WRITTEN.set(true);
    match Kept::read(&text) {
        Ok(kept) => Ok(Stored::Kept(Box::new(kept))),
        Err(Unreadable(why)) => {
            web_sys::console::warn_1(
                &format!("backstep: set aside what was kept on this device: {why}").into(),
            );
            let store = store(database, IdbTransactionMode::Readwrite)?;
            settled(&store.put_with_key(&text.into(), &SET_ASIDE.into())?).await?;
            settled(&store.delete(&RECORD.into())?).await?;
            Ok(Stored::SetAside)
        }
    }
}

thread_local! {
    /// This page has written the record, or read one: from then on, a database that is gone
    /// means "Forget everything" was pressed in another tab, and nothing is written again.
    static WRITTEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// What became of a save.
pub enum Saved {
    Kept,
    /// Everything was forgotten in another tab since this page last wrote: nothing was
    /// written, and this page forgets too.
    ForgottenElsewhere,
}

/// Writes the record (the person said yes to keeping). Diary entries and results another
/// tab wrote meanwhile are kept beside this page's (`Kept::with_days_of`), so two open tabs
/// do not undo each other's entries.
pub async fn save(kept: &Kept) -> Saved {
    if WRITTEN.get() && !exists().await.unwrap_or(true) {
        return Saved::ForgottenElsewhere;
    }
    let result = async {
        let database = open().await?;
        let written = write_merged(&database, kept).await;
        database.close();
        written
    }
    .await;
    match result {
        Ok(()) => WRITTEN.set(true),
        Err(error) => {
            web_sys::console::warn_2(&"backstep: could not keep the answers".into(), &error)
        }
    }
    Saved::Kept
}

async fn write_merged(database: &IdbDatabase, kept: &Kept) -> Result<(), JsValue> {
    let store = store(database, IdbTransactionMode::Readwrite)?;
    let stored = settled(&store.get(&RECORD.into())?).await?.as_string();
    let merged = match stored.as_deref().map(Kept::read) {
        Some(Ok(other)) => kept.with_days_of(&other),
        _ => kept.clone(),
    };
    settled(&store.put_with_key(&merged.to_text().into(), &RECORD.into())?).await?;
    Ok(())
}

/// Erases everything backstep kept in this browser: its database, the record and anything
/// set aside. It is the only thing backstep ever writes (no cookie, no web storage, no cache
/// but the service worker's copy of the app), so nothing of another app on the same origin
/// is touched.
pub async fn forget_everything() {
    let result = async {
        if let Some(factory) = factory() {
            let request = factory.delete_database(DATABASE)?;
            settled(&request).await?;
        }
        Ok::<(), JsValue>(())
    }
    .await;
    if let Err(error) = result {
        web_sys::console::warn_2(&"backstep: could not forget everything".into(), &error);
    }
}

/// The person said yes to keeping (again, perhaps after forgetting): the next save may
/// create the database.
pub fn start_keeping() {
    WRITTEN.set(false);
}

fn factory() -> Option<web_sys::IdbFactory> {
    web_sys::window()?.indexed_db().ok().flatten()
}

/// Whether backstep's database exists, without creating it.
async fn exists() -> Result<bool, JsValue> {
    let Some(factory) = factory() else {
        return Ok(false);
    };
    let names: js_sys::Array = call(&factory, "databases", &[]).await?.into();
    Ok(names.iter().any(|info| {
        js_sys::Reflect::get(&info, &"name".into())
            .ok()
            .and_then(|name| name.as_string())
            .as_deref()
            == Some(DATABASE)
    }))
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let request = factory().ok_or(JsValue::NULL)?.open_with_u32(DATABASE, 1)?;
    let upgrade = Closure::once_into_js(move |event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|target| target.dyn_into::<IdbRequest>().ok())
            .and_then(|request| request.result().ok())
            .and_then(|result| result.dyn_into::<IdbDatabase>().ok());
        match database {
            // This page wrote or read the record before, and the database is gone: it was
            // forgotten (here or in another tab). Creating it again would undo that.
            Some(_) if WRITTEN.get() => {
                let transaction = event
                    .target()
                    .and_then(|target| target.dyn_into::<IdbRequest>().ok())
                    .and_then(|request| request.transaction());
                if let Some(transaction) = transaction {
                    let _ = transaction.abort();
                }
            }
            Some(database) => {
                let _ = database.create_object_store(STORE);
            }
            None => {}
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    Ok(settled(&request).await?.unchecked_into())
}

fn store(
    database: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<web_sys::IdbObjectStore, JsValue> {
    database
        .transaction_with_str_and_mode(STORE, mode)?
        .object_store(STORE)
}

/// The result of an IndexedDB request, once it has one.
async fn settled(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let request = request.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let failed = request.clone();
        request.set_onsuccess(Some(
            Closure::once_into_js(move |_: web_sys::Event| {
                let _ = resolve.call1(&JsValue::UNDEFINED, &done.result().unwrap_or_default());
            })
            .unchecked_ref(),
        ));
        request.set_onerror(Some(
            Closure::once_into_js(move |_: web_sys::Event| {
                let error = failed.error().ok().flatten().map(JsValue::from);
                let _ = reject.call1(&JsValue::UNDEFINED, &error.unwrap_or_default());
            })
            .unchecked_ref(),
        ));
    });
    JsFuture::from(promise).await
}

/// Calls a promise-returning method by name (for browser APIs web-sys reaches only behind
/// unstable flags) and waits for it.
async fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(target, &method.into())?.dyn_into()?;
    let promise = function.apply(target, &args.iter().collect())?;
    JsFuture::from(js_sys::Promise::from(promise)).await
}

/// Offers `text` as a file named `name` to download, through a short-lived `blob:` address
/// of this page's own (nothing leaves the device).
pub fn download(name: &str, mime: &str, text: &str) {
    let result = (|| {
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // Some browsers start the download after click() returns: the address is revoked a
        // moment later, not at once.
        gloo::timers::callback::Timeout::new(1_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Ok::<(), JsValue>(())
    })();
    if let Err(error) = result {
        web_sys::console::warn_2(&"backstep: could not make the file".into(), &error);
    }
}
