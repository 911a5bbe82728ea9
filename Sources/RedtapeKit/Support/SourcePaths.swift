/// The paths of the files a process reads, each kept once and named by its number.
///
/// Every item, amount and reference of the model says where it was written; a path held as a
/// `String` in each was a reference counted on every copy and release, millions of times over a
/// national catalog. A location holds the number instead.
enum SourcePaths {
    static let shared = Interned<String>()
}
