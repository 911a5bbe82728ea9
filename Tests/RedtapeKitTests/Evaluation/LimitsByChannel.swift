/// The facts of a procedure whose online channel has a limit of its own, shared by the tests of
/// elapsed time, `diff` and the report: limits of 8 workdays, and 5 for the cases filed online;
/// filing takes 1 working day, then the cases filed online are examined in `online` days (`applies
/// online`) and those filed in person in 7 (`applies in_person`), and the result is posted to the
/// first and collected by the others, which takes no working day. Online's cases take 1 + `online`
/// days, the others 1 + 7 = 8.
enum LimitsByChannel {
    static func facts(online: Int) -> String {
        """
          limit 8 workdays
          limit 5 workdays online
          step file "File" {
            within 1 workdays
          }
          step online "Examine, filed online" {
            applies online
            within \(online) workdays
            after file
          }
          step paper "Examine, filed in person" {
            applies in_person
            within 7 workdays
            after file
          }
          step collect "Collect the result" {
            applies in_person
            after online, paper
          }
          step post "Receive the result by post" {
            applies online
            after online, paper
          }
        """
    }
}
