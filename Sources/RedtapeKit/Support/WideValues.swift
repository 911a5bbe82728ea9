/// The values of `Exact` too wide for sixteen bytes, each kept once for the whole process and named
/// by its number.
///
/// A national catalog holds a handful of them (long chains of discount factors), so the lock is
/// seldom taken.
enum WideValues {
    static let shared = Interned<Exact.Wide>()
}
