import Foundation
import RedtapeKit

/// Writes a synthetic, seeded catalog of procedures: a shared assumptions file and folders of
/// ruleset files that import it, with Vietnamese names, documents, steps, fees and time limits.
struct CatalogGenerator {
    let procedures: Int
    let perFile: Int
    let seed: UInt64
    /// The second version of the catalog: the same procedures, every third with a document fewer and
    /// every fifth with its fees waived online, as a simplification programme would leave it.
    var simplified = false
    /// Lay the catalog out as a country would: a central folder and one folder per province (63),
    /// each province publishing its own variants of the same procedures.
    var national = false

    struct Catalog {
        let folder: String
        let files: [String]
        let bytes: Int
        let procedures: Int
    }

    static let agencies = ["commune_committee", "district_office", "provincial_department", "ministry_office"]
    static let sectors = ["Hộ tịch", "Đất đai", "Xây dựng", "Doanh nghiệp", "Thuế", "Y tế", "Giáo dục", "Giao thông"]
    static let verbs = ["Cấp", "Đăng ký", "Gia hạn", "Điều chỉnh", "Thu hồi", "Xác nhận"]
    static let objects = ["giấy phép", "giấy chứng nhận", "hồ sơ", "chứng chỉ", "thẻ", "văn bản"]

    func write(to folder: String) throws -> Catalog {
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: folder + "/.redtape"))
        var random = SeededRandom(seed: seed)
        var files: [String] = []
        var bytes = 0
        let shared = Self.assumptions
        try shared.write(toFile: folder + "/assumptions.ruleset", atomically: false, encoding: .utf8)
        bytes += shared.utf8.count
        var made = 0
        var fileIndex = 0
        while made < procedures {
            let count = min(perFile, procedures - made)
            var text = "ruleset \"Danh mục \(fileIndex)\" {\n  jurisdiction VN\n  currency VND\n}\n\n"
            text += "import \"../assumptions.ruleset\"\n"
            for index in 0..<count {
                text += "\n" + procedure(number: made + index, &random)
            }
            let subfolder = national ? folder + "/" + Self.folderName(fileIndex, files: (procedures + perFile - 1) / perFile)
                : folder + "/part\(fileIndex / 100)"
            try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
            let path = subfolder + "/catalog-\(fileIndex).ruleset"
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            files.append(path)
            bytes += text.utf8.count
            made += count
            fileIndex += 1
        }
        return Catalog(folder: folder, files: files, bytes: bytes, procedures: made)
    }

    /// `central` for the first share of the files, then `province-01` … `province-63`.
    static func folderName(_ fileIndex: Int, files: Int) -> String {
        let perFolder = max(1, (files + 63) / 64)
        let folder = fileIndex / perFolder
        return folder == 0 ? "central" : "province-" + (folder < 10 ? "0" : "") + String(folder)
    }

    private func procedure(number: Int, _ random: inout SeededRandom) -> String {
        let pick = { (list: [String], random: inout SeededRandom) in list[random.next(below: list.count)] }
        let agency = pick(Self.agencies, &random)
        let online = [0, 20, 50, 80][random.next(below: 4)]
        var text = "procedure p\(number) \"\(pick(Self.verbs, &random)) \(pick(Self.objects, &random)) số \(number)\" {\n"
        text += "  code \"1.\(String(100_000 + number))\"\n"
        text += "  sector \"\(pick(Self.sectors, &random))\"\n"
        text += "  level \(["commune", "district", "province", "ministry"][random.next(below: 4)])\n"
        text += "  agency \(agency)\n"
        text += "  subject \(random.next(below: 3) == 0 ? "business" : "citizen")\n"
        text += "  cases \(1_000 * (1 + random.next(below: 500))) per year\n"
        text += "  tariff citizen_hour\n"
        if online > 0 { text += "  channel online \(online)%\n" }
        text += "  channel in_person \(100 - online)%\n"
        text += "  limit \(1 + random.next(below: 20)) workdays\n"
        text += "  basis \"Nghị định \(10 + random.next(below: 180))/2024/NĐ-CP, Điều \(1 + random.next(below: 40))\"\n"
        text += "  result \"Kết quả\" \(random.next(below: 2) == 0 ? "paper" : "both")\n"
        let documents = 2 + random.next(below: 5)
        let kept = simplified && number % 3 == 0 ? documents - 1 : documents
        for d in 0..<documents {
            // A dropped document still draws its random numbers, so that the two versions stay aligned.
            var block = "\n  document d\(d) \"Giấy tờ \(d)\" {\n"
            if random.next(below: 3) == 0 {
                block += "    originals 0\n    copies \(1 + random.next(below: 2))\n"
                if random.next(below: 2) == 0 { block += "    certified\n" }
                if random.next(below: 3) == 0 { block += "    held_by population_db\n" }
            }
            block += "    prepare \(5 * (1 + random.next(below: 12)))min..\(1 + random.next(below: 3))h\n"
            if random.next(below: 2) == 0 { block += "    cost \(1_000 * (1 + random.next(below: 20))) VND\n" }
            block += "  }\n"
            if d < kept { text += block }
        }
        let steps = 2 + random.next(below: 4)
        for s in 0..<steps {
            text += "\n  step s\(s) \"Bước \(s + 1)\" {\n"
            if s == 0 {
                text += "    effort \(10 * (1 + random.next(below: 6)))min\n    travel 1h\n    wait 30min\n"
                text += "    submits " + (0..<kept).map { "d\($0)" }.joined(separator: ", ") + "\n"
                if random.next(below: 2) == 0 {
                    text += "\n    fee f\(s) \"Lệ phí\" {\n      amount \(10_000 * (1 + random.next(below: 10))) VND\n"
                    if online > 0 && (random.next(below: 2) == 0 || simplified && number % 5 == 0) { text += "      waived online\n" }
                    text += "      basis \"Thông tư 85/2019/TT-BTC\"\n    }\n"
                }
            } else {
                text += "    by \(agency)\n    within \(1 + random.next(below: 7)) workdays\n    after s\(s - 1)\n"
            }
            text += "  }\n"
        }
        return text + "}\n"
    }

    static let assumptions = """
        ruleset "Giả định dùng chung" {
          jurisdiction VN
          currency VND
        }

        assume citizen_hour "Thu nhập bình quân một giờ" = 43_750 VND/h {
          source "Tổng cục Thống kê 2024"
        }

        agency commune_committee "Ủy ban nhân dân cấp xã"

        agency district_office "Phòng chuyên môn"

        agency provincial_department "Sở"

        agency ministry_office "Bộ"

        registry population_db "Cơ sở dữ liệu quốc gia về dân cư"

        """
}
