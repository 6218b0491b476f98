//! What is kept on this device, and only after the person asked for it: one record in
//! IndexedDB. Nothing here opens the database before then: at start-up the app only asks
//! the browser whether a database of backstep's exists (`indexedDB.databases()`, which
//! creates nothing), because `indexedDB.open` would create one. Nothing is written at
//! start-up either; a save is reported as kept only once the browser has committed it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::returning::{Kept, Unreadable};

const STORE: &str = "kept";
/// The record the app reads and writes.
const RECORD: &str = "record";
/// A record an earlier version set aside, kept as it was (never used, never shown) until
/// the person forgets everything.
const SET_ASIDE: &str = "set-aside";
/// How long the answers stay still before they are written: one write for a burst of taps
/// or keystrokes, not one each.
const SETTLE_MS: u32 = 300;
/// How long an open may wait on another connection before the save is given up as failed.
/// An open waits, with no end of its own, while another tab holds the database and does not
/// let go (an upgrade or a deletion queued ahead of it, blocked by that tab): the person is
/// told the answers could not be kept rather than left waiting for a "kept" that never comes.
const OPEN_WAIT_MS: i32 = 3_000;

/// The database of this copy of backstep: named by the folder it is served from, so two
/// copies on one origin keep their records apart. A copy at the origin's root keeps the
/// plain name it always had, so what it kept before is still found.
fn database() -> String {
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    scoped_name(&path)
}

/// The database name for a page at `path`: its folder, after "backstep".
pub fn scoped_name(path: &str) -> String {
    let folder = path.rfind('/').map_or("/", |at| &path[..=at]);
    if folder == "/" {
        "backstep".into()
    } else {
        format!("backstep {folder}")
    }
}

/// What start-up found on the device.
pub enum Stored {
    Nothing,
    Kept(Box<Kept>),
    /// Something was there that this version cannot read: it is left as it was, never
    /// written over, and the person is told.
    SetAside,
}

/// Reads what is kept, if anything. Nothing is written: a record this version cannot read
/// stays where it is until the person forgets everything.
pub async fn load() -> Stored {
    match exists().await {
        Ok(false) => Stored::Nothing,
        Ok(true) => {
            WRITTEN.set(true);
            // The connection stays open for the saves to come (it closes itself when
            // another tab forgets everything).
            let stored = async { read_record(&connection().await?).await }.await;
            match stored {
                Ok(stored) => {
                    if let Stored::Kept(kept) = &stored {
                        WRITER.with_borrow_mut(|writer| writer.settled = Some((**kept).clone()));
                    }
                    stored
                }
                // A database at a version this copy does not know, or without its store:
                // there is something, and it cannot be read.
                Err(error) => {
                    web_sys::console::warn_2(
                        &"backstep: could not read what is kept; it is left as it is".into(),
                        &error,
                    );
                    Stored::SetAside
                }
            }
        }
        Err(error) => {
            web_sys::console::warn_2(&"backstep: could not look for what is kept".into(), &error);
            Stored::Nothing
        }
    }
}

async fn read_record(database: &IdbDatabase) -> Result<Stored, JsValue> {
    let store = store(database, IdbTransactionMode::Readonly)?;
    let value = settled(&store.get(&RECORD.into())?).await?;
    if value.is_undefined() {
        WRITER.with_borrow_mut(|writer| writer.record_is_ours = true);
        // Only a record an earlier version set aside: still said, still to forget.
        let aside = settled(&store.count_with_key(&SET_ASIDE.into())?).await?;
        return Ok(if aside.as_f64().unwrap_or(0.0) > 0.0 {
            Stored::SetAside
        } else {
            Stored::Nothing
        });
    }
    let read = match value.as_string() {
        Some(text) => Kept::read(&text),
        None => Err(Unreadable("not text".into())),
    };
    Ok(match read {
        Ok(kept) => {
            WRITER.with_borrow_mut(|writer| writer.record_is_ours = true);
            Stored::Kept(Box::new(kept))
        }
        Err(Unreadable(why)) => {
            web_sys::console::warn_1(
                &format!("backstep: what was kept on this device cannot be read: {why}").into(),
            );
            Stored::SetAside
        }
    })
}

thread_local! {
    /// This page has written the record, or found a database: from then on, a database
    /// that is gone means "Forget everything" was pressed in another tab, and nothing is
    /// written again.
    static WRITTEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static WRITER: RefCell<Writer> = RefCell::new(Writer::default());
    /// An open given up on is still waiting: no second one is queued behind it.
    static OPEN_HELD_UP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// What became of a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Kept,
    /// Everything was forgotten in another tab since this page last wrote: nothing was
    /// written, and this page forgets too.
    ForgottenElsewhere,
    /// Nothing was written (a database this version cannot use, a record it cannot read,
    /// no room, a blocked open): the person is told, and the answers stay on screen.
    Failed,
}

/// The one writer of the record: at most one write in flight, and the latest record waiting
/// behind it, written once the answers have settled.
#[derive(Default)]
struct Writer {
    /// The record as last read or written here: the same again is not written.
    settled: Option<Kept>,
    /// The record still to write.
    pending: Option<Kept>,
    timer: Option<gloo::timers::callback::Timeout>,
    /// The record being written now, if a write is under way.
    writing: Option<Kept>,
    /// What is stored is this app's own (read, written, or nothing yet), so writing it
    /// without reading it first loses nothing of another version's.
    record_is_ours: bool,
    report: Option<Rc<dyn Fn(Saved)>>,
    /// The connection saves write through, open while the page is: leaving the page can
    /// then write at once, with no round trip a closing tab would not wait for.
    connection: Option<Connection>,
}

/// An open database, and the handler that closes it as soon as another tab wants it gone
/// ("Forget everything" there waits for every connection to close).
struct Connection {
    database: IdbDatabase,
    closed: Rc<std::cell::Cell<bool>>,
    _on_version_change: Handler,
}

/// The connection saves write through: the one open, or a new one.
async fn connection() -> Result<IdbDatabase, JsValue> {
    let open_one = WRITER.with_borrow(|writer| {
        writer
            .connection
            .as_ref()
            .filter(|connection| !connection.closed.get())
            .map(|connection| connection.database.clone())
    });
    if let Some(database) = open_one {
        return Ok(database);
    }
    let database = open().await?;
    let closed = Rc::new(std::cell::Cell::new(false));
    let on_version_change = {
        let (database, closed) = (database.clone(), closed.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            closed.set(true);
            database.close();
        })
    };
    database.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    WRITER.with_borrow_mut(|writer| {
        writer.connection = Some(Connection {
            database: database.clone(),
            closed,
            _on_version_change: on_version_change,
        })
    });
    Ok(database)
}

/// The page is being left: what waits is written now, through the open connection, in one
/// request the browser finishes even as the tab closes. The days another tab wrote are
/// those of the last record read or written here. Without a connection, or before this
/// page has found the record to be its own (it never writes over one it cannot read), it
/// is written as any save.
pub fn flush_now() {
    let now = WRITER.with_borrow_mut(|writer| {
        let database = writer
            .connection
            .as_ref()
            .filter(|connection| !connection.closed.get())?
            .database
            .clone();
        if !writer.record_is_ours {
            return None;
        }
        // What waits, or else what a write under way (that the closing tab may cut short)
        // is writing.
        let kept = writer.pending.take().or_else(|| writer.writing.clone())?;
        writer.timer = None;
        let merged = match &writer.settled {
            Some(settled) => kept.with_days_of(settled),
            None => kept.clone(),
        };
        writer.settled = Some(kept);
        Some((database, merged))
    });
    match now {
        Some((database, merged)) => {
            let written = database
                .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
                .and_then(|transaction| transaction.object_store(STORE))
                .and_then(|store| store.put_with_key(&merged.to_text().into(), &RECORD.into()));
            if let Err(error) = written {
                web_sys::console::warn_2(&"backstep: could not keep the answers".into(), &error);
            }
        }
        None => flush(),
    }
}

/// Keeps `kept` (the person said yes to keeping): written once it has stayed the same for
/// a moment, and `report` told what became of each write.
pub fn keep(kept: Kept, report: Rc<dyn Fn(Saved)>) {
    let already = WRITER.with_borrow_mut(|writer| {
        writer.report = Some(report.clone());
        // What the device will hold once the write under way, if any, is done.
        let latest = writer.writing.as_ref().or(writer.settled.as_ref());
        if latest == Some(&kept) {
            writer.pending = None;
            writer.timer = None;
            // Nothing to write: on the device already, or once the write under way (which
            // reports) is committed.
            return writer.writing.is_none();
        }
        writer.pending = Some(kept);
        writer.timer = Some(gloo::timers::callback::Timeout::new(SETTLE_MS, flush));
        false
    });
    if already {
        report(Saved::Kept);
    }
}

/// Writes what waits now, without waiting for the answers to settle (the page is being
/// left or hidden).
pub fn flush() {
    let next = WRITER.with_borrow_mut(|writer| {
        writer.timer = None;
        if writer.writing.is_some() {
            // Written once the write under way is done.
            return None;
        }
        let kept = writer.pending.take()?;
        writer.writing = Some(kept.clone());
        Some((kept, writer.report.clone()))
    });
    let Some((kept, report)) = next else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let saved = save(&kept).await;
        let more = WRITER.with_borrow_mut(|writer| {
            writer.writing = None;
            if saved == Saved::Kept {
                writer.settled = Some(kept);
            }
            writer.pending.is_some()
        });
        // A write with a newer record waiting behind it is not reported as kept: "kept" is
        // said of what is on screen, once the write that holds it is committed.
        if let Some(report) = report.filter(|_| !(saved == Saved::Kept && more)) {
            report(saved);
        }
        if more {
            flush();
        }
    });
}

/// Writes the record. Diary entries and results another tab wrote meanwhile are kept beside
/// this page's (`Kept::with_days_of`), so two open tabs do not undo each other's entries.
async fn save(kept: &Kept) -> Saved {
    if WRITTEN.get() && !exists().await.unwrap_or(true) {
        return Saved::ForgottenElsewhere;
    }
    let result = async { write_merged(&connection().await?, kept).await }.await;
    match result {
        Ok(()) => {
            WRITTEN.set(true);
            Saved::Kept
        }
        Err(error) => {
            web_sys::console::warn_2(&"backstep: could not keep the answers".into(), &error);
            Saved::Failed
        }
    }
}

async fn write_merged(database: &IdbDatabase, kept: &Kept) -> Result<(), JsValue> {
    let transaction =
        database.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let store = transaction.object_store(STORE)?;
    let stored = settled(&store.get(&RECORD.into())?).await?;
    let merged = if stored.is_undefined() {
        WRITER.with_borrow_mut(|writer| writer.record_is_ours = true);
        kept.clone()
    } else {
        match stored.as_string().as_deref().map(Kept::read) {
            Some(Ok(other)) => {
                WRITER.with_borrow_mut(|writer| writer.record_is_ours = true);
                kept.with_days_of(&other)
            }
            // Never written over: it may be a newer version's, or the person's only copy.
            _ => {
                let _ = transaction.abort();
                return Err("a record this version cannot read is kept here".into());
            }
        }
    };
    store.put_with_key(&merged.to_text().into(), &RECORD.into())?;
    // Kept only once the browser has committed it (no room shows up here, after the put).
    committed(&transaction).await
}

/// Erases everything backstep kept in this browser: its database, the record and anything
/// set aside. It is the only thing backstep ever writes (no cookie, no web storage, no cache
/// but the service worker's copy of the app), so nothing of another app on the same origin
/// is touched.
pub async fn forget_everything() {
    let connection = WRITER.with_borrow_mut(|writer| {
        writer.pending = None;
        writer.timer = None;
        writer.settled = None;
        writer.record_is_ours = false;
        writer.connection.take()
    });
    // This page's own connection would hold the deletion up.
    if let Some(connection) = connection {
        connection.database.close();
    }
    let result = async {
        if let Some(factory) = factory() {
            let request = factory.delete_database(&database())?;
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

/// Whether this copy's database exists, without creating it.
async fn exists() -> Result<bool, JsValue> {
    let Some(factory) = factory() else {
        return Ok(false);
    };
    let name = database();
    let names: js_sys::Array = call(&factory, "databases", &[]).await?.into();
    Ok(names.iter().any(|info| {
        js_sys::Reflect::get(&info, &"name".into())
            .ok()
            .and_then(|name| name.as_string())
            .as_deref()
            == Some(name.as_str())
    }))
}

async fn open() -> Result<IdbDatabase, JsValue> {
    if OPEN_HELD_UP.get() {
        return Err("an earlier open is still held up by another connection".into());
    }
    let window = web_sys::window().ok_or_else(|| JsValue::from("no window"))?;
    let request = factory()
        .ok_or_else(|| JsValue::from("no IndexedDB here"))?
        .open_with_u32(&database(), 1)?;
    // Set once the open is given up on: if it goes through later, it creates nothing.
    let given_up = Rc::new(std::cell::Cell::new(false));
    let upgrade = {
        let given_up = given_up.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let request = event
                .target()
                .and_then(|target| target.dyn_into::<IdbRequest>().ok());
            let database = request
                .as_ref()
                .and_then(|request| request.result().ok())
                .and_then(|result| result.dyn_into::<IdbDatabase>().ok());
            match database {
                // This page wrote or found the record before, and the database is gone: it
                // was forgotten (here or in another tab). Creating it again would undo that.
                // Nor is anything created for a save already reported as failed.
                Some(_) if WRITTEN.get() || given_up.get() => {
                    if let Some(transaction) = request.and_then(|request| request.transaction()) {
                        let _ = transaction.abort();
                    }
                }
                Some(database) => {
                    // A new database: nothing in it to lose.
                    if database.create_object_store(STORE).is_ok() {
                        WRITER.with_borrow_mut(|writer| writer.record_is_ours = true);
                    }
                }
                None => {}
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let (opened, handlers) = settling(&request);
    // The timer resolves with nothing; the open, with its database.
    let mut timer = 0;
    let waited = js_sys::Promise::new(&mut |resolve, _| {
        timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, OPEN_WAIT_MS)
            .unwrap_or_default();
    });
    let first = JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(&opened, &waited))).await;
    match first {
        Ok(value) if value.is_undefined() => {
            // Given up on. The request still waits, and its handlers with it, until the other
            // connection lets go: a database it opens then is closed, an upgrade aborted.
            given_up.set(true);
            OPEN_HELD_UP.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(late) = JsFuture::from(opened).await {
                    late.unchecked_into::<IdbDatabase>().close();
                }
                request.set_onupgradeneeded(None);
                drop((handlers, upgrade));
                OPEN_HELD_UP.set(false);
            });
            Err("the open was held up by another connection".into())
        }
        settled => {
            window.clear_timeout_with_handle(timer);
            request.set_onupgradeneeded(None);
            drop((handlers, upgrade));
            Ok(settled?.unchecked_into())
        }
    }
}

fn store(
    database: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<web_sys::IdbObjectStore, JsValue> {
    database
        .transaction_with_str_and_mode(STORE, mode)?
        .object_store(STORE)
}

type Handler = Closure<dyn FnMut(web_sys::Event)>;

/// A promise settled by one of two events, and the handlers that settle it; the caller
/// unsets and drops them once it has settled, so none outlives its request.
fn either(
    on_success: impl FnOnce(&js_sys::Function) + 'static,
    on_failure: impl FnOnce(&js_sys::Function) + 'static,
) -> (js_sys::Promise, Handler, Handler) {
    let mut handlers = None;
    let mut on_success = Some(on_success);
    let mut on_failure = Some(on_failure);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let mut on_success = on_success.take();
        let mut on_failure = on_failure.take();
        let success = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            if let Some(settle) = on_success.take() {
                settle(&resolve);
            }
        });
        let failure = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            if let Some(settle) = on_failure.take() {
                settle(&reject);
            }
        });
        handlers = Some((success, failure));
    });
    let (success, failure) = handlers.expect("a promise runs its executor at once");
    (promise, success, failure)
}

/// The handlers that settle a request's promise, unset and freed when dropped, so none
/// outlives its request.
struct Settling {
    request: IdbRequest,
    _success: Handler,
    _failure: Handler,
}

impl Drop for Settling {
    fn drop(&mut self) {
        self.request.set_onsuccess(None);
        self.request.set_onerror(None);
    }
}

/// A promise of the result of an IndexedDB request, and the handlers that settle it.
fn settling(request: &IdbRequest) -> (js_sys::Promise, Settling) {
    let done = request.clone();
    let failed = request.clone();
    let (promise, success, failure) = either(
        move |resolve| {
            let _ = resolve.call1(&JsValue::UNDEFINED, &done.result().unwrap_or_default());
        },
        move |reject| {
            let error = failed.error().ok().flatten().map(JsValue::from);
            let _ = reject.call1(
                &JsValue::UNDEFINED,
                &error.unwrap_or_else(|| "the request failed".into()),
            );
        },
    );
    request.set_onsuccess(Some(success.as_ref().unchecked_ref()));
    request.set_onerror(Some(failure.as_ref().unchecked_ref()));
    let handlers = Settling {
        request: request.clone(),
        _success: success,
        _failure: failure,
    };
    (promise, handlers)
}

/// The result of an IndexedDB request, once it has one.
async fn settled(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let (promise, _handlers) = settling(request);
    JsFuture::from(promise).await
}

/// Waits until `transaction` is committed; an abort (no room, say) is a failure.
async fn committed(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let failed = transaction.clone();
    let (promise, success, failure) = either(
        |resolve| {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        },
        move |reject| {
            let error = failed.error().map(JsValue::from);
            let _ = reject.call1(
                &JsValue::UNDEFINED,
                &error.unwrap_or_else(|| "the write was aborted".into()),
            );
        },
    );
    transaction.set_oncomplete(Some(success.as_ref().unchecked_ref()));
    transaction.set_onerror(Some(failure.as_ref().unchecked_ref()));
    transaction.set_onabort(Some(failure.as_ref().unchecked_ref()));
    let result = JsFuture::from(promise).await;
    transaction.set_oncomplete(None);
    transaction.set_onerror(None);
    transaction.set_onabort(None);
    drop((success, failure));
    result.map(drop)
}

/// Calls a promise-returning method by name (for browser APIs web-sys reaches only behind
/// unstable flags) and waits for it.
async fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(target, &method.into())?.dyn_into()?;
    let promise = function.apply(target, &args.iter().collect())?;
    JsFuture::from(js_sys::Promise::from(promise)).await
}

#[cfg(test)]
mod tests {
    use super::scoped_name;

    #[test]
    fn each_copy_on_an_origin_has_its_own_database_and_the_root_keeps_the_old_name() {
        assert_eq!(scoped_name("/"), "backstep");
        assert_eq!(scoped_name("/index.html"), "backstep");
        assert_eq!(scoped_name("/clinic/"), "backstep /clinic/");
        assert_eq!(scoped_name("/clinic/index.html"), "backstep /clinic/");
        assert_ne!(scoped_name("/a/"), scoped_name("/b/"));
        assert_eq!(scoped_name(""), "backstep");
    }
}
