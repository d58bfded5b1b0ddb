package org.linkatlas.model;

/** What an intervention changes about a link (decision 0006). */
public enum InterventionKind {
    /** build something new */
    BUILD,
    /** improve or upgrade what exists (cải tạo, nâng cấp) */
    UPGRADE,
    /** widen a section (mở rộng … đoạn) */
    WIDEN_SECTION,
    /** extend a line (kéo dài) */
    EXTEND,
    /** bring a disused line back (khôi phục) */
    RESTORE,
    /** replace one link by another (a bridge for a ferry or a ford) */
    REPLACE,
    /** open a transport service on a link (passenger routes, tourist circuits) */
    OPEN_SERVICE,
    /** make better use of what exists (khai thác hiệu quả) */
    OPERATE,
    /** study it or add it to a plan (nghiên cứu, bổ sung quy hoạch) */
    ADD_TO_PLAN
}
