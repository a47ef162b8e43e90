//! Where each part of the finder popup goes: the one place its geometry is
//! computed, read by the drawing and by the app (page size, mouse rows).

use ratatui::layout::Rect;

/// The popup is never wider than this, however wide the terminal.
const MAX_WIDTH: u16 = 150;
/// From this inner width the preview sits beside the list.
const PREVIEW_SIDE_WIDTH: u16 = 90;
/// Narrower popups stack the preview under the list from this many rows;
/// shorter ones drop it and give the list every row.
const PREVIEW_BELOW_HEIGHT: u16 = 12;

/// Where each part of the popup goes inside `area`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    pub popup: Rect,
    pub query: Rect,
    pub count: Rect,
    pub list: Rect,
    pub preview: Option<Preview>,
}

/// Where the preview goes, rule included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preview {
    Right(Rect),
    Below(Rect),
}

/// The popup's parts when the finder is drawn in `area`.
pub fn areas(area: Rect) -> Areas {
    // Small terminals give the popup nearly everything; large ones a
    // centred share of it.
    let w = match area.width {
        0..60 => area.width,
        60..120 => area.width - 4,
        _ => (area.width / 10 * 9).min(MAX_WIDTH),
    };
    let h = match area.height {
        0..16 => area.height,
        16..30 => area.height - 2,
        _ => area.height / 10 * 8,
    };
    let popup = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    let inner = if popup.width >= 2 && popup.height >= 2 {
        Rect {
            x: popup.x + 1,
            y: popup.y + 1,
            width: popup.width - 2,
            height: popup.height - 2,
        }
    } else {
        Rect {
            x: popup.x,
            y: popup.y,
            width: 0,
            height: 0,
        }
    };
    let row = |i: u16| {
        if i < inner.height {
            Rect {
                x: inner.x,
                y: inner.y + i,
                width: inner.width,
                height: 1,
            }
        } else {
            Rect {
                x: inner.x,
                y: inner.y + inner.height,
                width: inner.width,
                height: 0,
            }
        }
    };
    let query = row(0);
    let count = row(1);
    let body = Rect {
        x: inner.x,
        y: inner.y + inner.height.min(2),
        width: inner.width,
        height: inner.height.saturating_sub(2),
    };
    let (list, preview) = if body.width >= PREVIEW_SIDE_WIDTH && body.height > 0 {
        // Side by side, the list on the left.
        let list_w = body.width * 11 / 20;
        let list = Rect::new(body.x, body.y, list_w, body.height);
        let preview = Rect::new(body.x + list_w, body.y, body.width - list_w, body.height);
        (list, Some(Preview::Right(preview)))
    } else if body.height >= PREVIEW_BELOW_HEIGHT && body.width >= 20 {
        // Stacked: the list on top, a rule, the preview below.
        let list_h = (body.height - 1) / 2;
        let list = Rect::new(body.x, body.y, body.width, list_h);
        let preview = Rect::new(body.x, body.y + list_h, body.width, body.height - list_h);
        (list, Some(Preview::Below(preview)))
    } else {
        (body, None)
    };
    Areas {
        popup,
        query,
        count,
        list,
        preview,
    }
}

/// The rectangle of the result list when the finder is drawn in `area`: row
/// `r` of it is what [`FinderAction::SelectRow`](super::FinderAction) `r`
/// selects.
pub fn list_area(area: Rect) -> Rect {
    areas(area).list
}
