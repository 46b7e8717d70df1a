"""Demo law references and help organisations, in Japanese, English, Vietnamese and
Indonesian. Summaries are plain statements of the rule, checked against e-Gov."""

LSA = "https://laws.e-gov.go.jp/law/322AC0000000049"
MWA = "https://laws.e-gov.go.jp/law/334AC0000000137"
TITP = "https://laws.e-gov.go.jp/law/428AC0000000089"
ESA = "https://laws.e-gov.go.jp/law/322AC0000000141"
ISHA = "https://laws.e-gov.go.jp/law/347AC0000000057"
POLICY = "https://laws.e-gov.go.jp/law/341AC0000000132"
EEOA = "https://laws.e-gov.go.jp/law/347AC0000000113"

LAW_NAMES = {
    "lsa": {
        "ja": "労働基準法",
        "en": "Labour Standards Act",
        "vi": "Luật Tiêu chuẩn Lao động",
        "id": "Undang-Undang Standar Ketenagakerjaan",
    },
    "mwa": {
        "ja": "最低賃金法",
        "en": "Minimum Wage Act",
        "vi": "Luật Tiền lương tối thiểu",
        "id": "Undang-Undang Upah Minimum",
    },
    "titp": {
        "ja": "技能実習法",
        "en": "Technical Intern Training Act",
        "vi": "Luật Thực tập kỹ năng",
        "id": "Undang-Undang Pemagangan Teknis",
    },
    "esa": {
        "ja": "職業安定法",
        "en": "Employment Security Act",
        "vi": "Luật Ổn định việc làm",
        "id": "Undang-Undang Keamanan Kerja",
    },
    "isha": {
        "ja": "労働安全衛生法",
        "en": "Industrial Safety and Health Act",
        "vi": "Luật An toàn và Vệ sinh lao động",
        "id": "Undang-Undang Keselamatan dan Kesehatan Kerja",
    },
    "policy": {
        "ja": "労働施策総合推進法",
        "en": "Act on Comprehensive Promotion of Labour Policies",
        "vi": "Luật Thúc đẩy toàn diện chính sách lao động",
        "id": "Undang-Undang Promosi Menyeluruh Kebijakan Ketenagakerjaan",
    },
    "eeoa": {
        "ja": "男女雇用機会均等法",
        "en": "Equal Employment Opportunity Act",
        "vi": "Luật Bình đẳng cơ hội việc làm nam nữ",
        "id": "Undang-Undang Kesetaraan Kesempatan Kerja",
    },
}
LAW_URLS = {
    "lsa": LSA,
    "mwa": MWA,
    "titp": TITP,
    "esa": ESA,
    "isha": ISHA,
    "policy": POLICY,
    "eeoa": EEOA,
}
ARTICLE = {
    "ja": "第{}条",
    "en": "Article {}",
    "vi": "Điều {}",
    "id": "Pasal {}",
}

# key: (law, article, {language: summary})
LAWS = {
    "lsa5": (
        "lsa",
        "5",
        {
            "ja": "暴行、脅迫、監禁などで、本人の意思に反して働かせてはいけません。",
            "en": "No one may be forced to work by violence, threats, confinement "
            "or other unjust restraint.",
            "vi": "Không ai được bị ép làm việc bằng bạo lực, đe dọa, giam giữ hay "
            "ràng buộc bất hợp pháp khác.",
            "id": "Tidak seorang pun boleh dipaksa bekerja dengan kekerasan, "
            "ancaman, pengurungan, atau pengekangan lain yang tidak sah.",
        },
    ),
    "lsa15": (
        "lsa",
        "15",
        {
            "ja": "雇う時に、賃金や労働時間などの労働条件を書面で示さなければなりません。",
            "en": "When hiring, the employer must give the working conditions, "
            "including wages and hours, in writing.",
            "vi": "Khi tuyển dụng, người sử dụng lao động phải đưa điều kiện làm "
            "việc, gồm tiền lương và giờ làm, bằng văn bản.",
            "id": "Saat merekrut, pemberi kerja wajib memberikan syarat kerja, "
            "termasuk upah dan jam kerja, secara tertulis.",
        },
    ),
    "lsa16": (
        "lsa",
        "16",
        {
            "ja": "契約違反の違約金や損害賠償の額を前もって決める契約は禁止です。",
            "en": "A contract may not fix in advance a penalty or damages for "
            "breaking the employment contract.",
            "vi": "Không được ký hợp đồng ấn định trước tiền phạt hay tiền bồi "
            "thường khi vi phạm hợp đồng lao động.",
            "id": "Kontrak tidak boleh menetapkan lebih dulu denda atau ganti rugi "
            "karena melanggar kontrak kerja.",
        },
    ),
    "lsa18": (
        "lsa",
        "18",
        {
            "ja": "労働契約に付けて貯金をさせたり、貯金を管理したりすることは禁止です。",
            "en": "An employer may not make saving money, or handing savings to "
            "the employer, a condition of the job.",
            "vi": "Người sử dụng lao động không được bắt buộc tiết kiệm hoặc giữ "
            "tiền tiết kiệm của người lao động như điều kiện làm việc.",
            "id": "Pemberi kerja tidak boleh mewajibkan tabungan atau menyimpan "
            "tabungan pekerja sebagai syarat kerja.",
        },
    ),
    "lsa24": (
        "lsa",
        "24",
        {
            "ja": "賃金は毎月1回以上、決まった日に、全額を本人に支払わなければなりません。",
            "en": "Wages are paid to the worker in full, at least once a month, "
            "on a fixed day.",
            "vi": "Tiền lương phải được trả đủ cho chính người lao động, ít nhất "
            "mỗi tháng một lần, vào ngày cố định.",
            "id": "Upah dibayar penuh kepada pekerja sendiri, paling sedikit "
            "sebulan sekali, pada tanggal tetap.",
        },
    ),
    "lsa32": (
        "lsa",
        "32",
        {
            "ja": "労働時間は原則1日8時間、1週40時間までです。",
            "en": "Working hours are, as a rule, at most 8 hours a day and 40 "
            "hours a week.",
            "vi": "Giờ làm việc theo nguyên tắc tối đa 8 giờ một ngày và 40 giờ "
            "một tuần.",
            "id": "Jam kerja pada dasarnya paling lama 8 jam sehari dan 40 jam "
            "seminggu.",
        },
    ),
    "lsa37": (
        "lsa",
        "37",
        {
            "ja": "残業や深夜（22時〜5時）の労働には25%以上、休日労働には35%以上の割増賃金が必要です。",
            "en": "Overtime and night work (10 pm to 5 am) are paid at least 25% "
            "extra, work on a rest day at least 35% extra.",
            "vi": "Làm thêm giờ và làm đêm (22 giờ đến 5 giờ) được trả thêm ít "
            "nhất 25%, làm vào ngày nghỉ ít nhất 35%.",
            "id": "Lembur dan kerja malam (pukul 22.00–05.00) dibayar tambahan "
            "paling sedikit 25%, kerja pada hari libur paling sedikit 35%.",
        },
    ),
    "lsa39": (
        "lsa",
        "39",
        {
            "ja": "6か月続けて働き、8割以上出勤した人には10日以上の年次有給休暇があります。",
            "en": "After 6 months of work with 80% attendance, a worker has at "
            "least 10 days of paid annual leave.",
            "vi": "Sau 6 tháng làm việc và đi làm từ 80% số ngày trở lên, người "
            "lao động có ít nhất 10 ngày nghỉ phép năm có lương.",
            "id": "Setelah bekerja 6 bulan dengan kehadiran 80%, pekerja berhak "
            "atas paling sedikit 10 hari cuti tahunan berbayar.",
        },
    ),
    "mwa4": (
        "mwa",
        "4",
        {
            "ja": "都道府県ごとに決められた最低賃金以上を支払わなければなりません。",
            "en": "The employer must pay at least the minimum wage set for the "
            "prefecture.",
            "vi": "Người sử dụng lao động phải trả ít nhất bằng mức lương tối "
            "thiểu của tỉnh.",
            "id": "Pemberi kerja wajib membayar paling sedikit upah minimum yang "
            "ditetapkan untuk prefektur.",
        },
    ),
    "titp47": (
        "titp",
        "47",
        {
            "ja": "実習生やその家族から保証金を取ったり、違約金を決めたりすることは禁止です。",
            "en": "No one may take a deposit from a trainee or their family, or "
            "fix a penalty in a contract.",
            "vi": "Không ai được thu tiền đặt cọc từ thực tập sinh hay gia đình họ, "
            "hoặc ấn định tiền phạt trong hợp đồng.",
            "id": "Tidak seorang pun boleh memungut uang jaminan dari peserta "
            "magang atau keluarganya, atau menetapkan denda dalam kontrak.",
        },
    ),
    "titp48": (
        "titp",
        "48",
        {
            "ja": "パスポートや在留カードを取り上げること、外出などの私生活の自由を不当に制限することは禁止です。",
            "en": "No one may keep a trainee's passport or residence card, or "
            "unjustly restrict their freedom to go out and their private life.",
            "vi": "Không ai được giữ hộ chiếu hay thẻ cư trú của thực tập sinh, "
            "hoặc hạn chế bất hợp lý việc đi lại và đời sống riêng của họ.",
            "id": "Tidak seorang pun boleh menahan paspor atau kartu izin tinggal "
            "peserta magang, atau membatasi kebebasan keluar dan kehidupan "
            "pribadinya secara tidak sah.",
        },
    ),
    "esa32": (
        "esa",
        "32-3",
        {
            "ja": "職業紹介事業者は、原則として求職者から手数料を取ってはいけません。",
            "en": "Employment agencies may, as a rule, not charge job seekers a fee.",
            "vi": "Về nguyên tắc, công ty giới thiệu việc làm không được thu phí "
            "của người tìm việc.",
            "id": "Agen penempatan kerja pada dasarnya tidak boleh memungut biaya "
            "dari pencari kerja.",
        },
    ),
    "isha59": (
        "isha",
        "59",
        {
            "ja": "雇う時や作業が変わる時には、安全衛生教育をしなければなりません。",
            "en": "The employer must give safety and health training when "
            "hiring and when the work changes.",
            "vi": "Người sử dụng lao động phải đào tạo an toàn vệ sinh khi tuyển "
            "dụng và khi thay đổi công việc.",
            "id": "Pemberi kerja wajib memberi pelatihan keselamatan dan kesehatan "
            "saat merekrut dan saat pekerjaan berubah.",
        },
    ),
    "policy30": (
        "policy",
        "30-2",
        {
            "ja": "会社はパワーハラスメントを防ぎ、相談に対応する措置をとらなければなりません。",
            "en": "The employer must prevent power harassment and handle "
            "complaints about it.",
            "vi": "Công ty phải phòng ngừa quấy rối quyền lực và xử lý các khiếu "
            "nại về việc đó.",
            "id": "Perusahaan wajib mencegah pelecehan kekuasaan dan menangani "
            "pengaduan tentangnya.",
        },
    ),
    "eeoa11": (
        "eeoa",
        "11",
        {
            "ja": "会社はセクシュアルハラスメントを防ぎ、相談に対応する措置をとらなければなりません。",
            "en": "The employer must prevent sexual harassment and handle "
            "complaints about it.",
            "vi": "Công ty phải phòng ngừa quấy rối tình dục và xử lý các khiếu "
            "nại về việc đó.",
            "id": "Perusahaan wajib mencegah pelecehan seksual dan menangani "
            "pengaduan tentangnya.",
        },
    ),
}

# key: (phone, url, {language: (name, hours, languages)})
ORGANISATIONS = {
    "hotline": (
        "0120-811-610",
        "https://www.check-roudou.mhlw.go.jp/soudan/foreigner.html",
        {
            "ja": (
                "労働条件相談ほっとライン（厚生労働省）",
                "平日17時〜22時、土日祝9時〜21時（無料）",
                "英語、中国語、ベトナム語、インドネシア語、タガログ語、ネパール語、ミャンマー語など",
            ),
            "en": (
                "Labour Conditions Hotline (Ministry of Health, Labour and Welfare)",
                "Weekdays 5 pm–10 pm, weekends and holidays 9 am–9 pm (free)",
                "English, Chinese, Vietnamese, Indonesian, Tagalog, Nepali, "
                "Myanmar and more",
            ),
            "vi": (
                "Đường dây nóng tư vấn điều kiện lao động (Bộ Y tế, Lao động và "
                "Phúc lợi)",
                "Ngày thường 17–22 giờ, thứ Bảy, Chủ nhật, ngày lễ 9–21 giờ (miễn phí)",
                "Tiếng Anh, Trung, Việt, Indonesia, Tagalog, Nepal, Myanmar và "
                "các tiếng khác",
            ),
            "id": (
                "Hotline Konsultasi Kondisi Kerja (Kementerian Kesehatan, "
                "Ketenagakerjaan, dan Kesejahteraan)",
                "Hari kerja 17.00–22.00, akhir pekan dan hari libur 09.00–21.00 "
                "(gratis)",
                "Inggris, Tionghoa, Vietnam, Indonesia, Tagalog, Nepal, Myanmar, "
                "dan lainnya",
            ),
        },
    ),
    "otit": (
        "",
        "https://www.otit.go.jp/notebook/",
        {
            "ja": (
                "外国人技能実習機構（OTIT）母国語相談",
                "言語により曜日が異なります（ウェブサイトを確認）",
                "ベトナム語、中国語、インドネシア語、フィリピン語、英語、タイ語、カンボジア語、ミャンマー語など",
            ),
            "en": (
                "Organization for Technical Intern Training (OTIT): consultation "
                "in your mother tongue",
                "Days differ by language (see the website)",
                "Vietnamese, Chinese, Indonesian, Filipino, English, Thai, Khmer, "
                "Myanmar and more",
            ),
            "vi": (
                "Tổ chức Thực tập kỹ năng người nước ngoài (OTIT): tư vấn bằng "
                "tiếng mẹ đẻ",
                "Ngày tư vấn khác nhau theo ngôn ngữ (xem trang web)",
                "Tiếng Việt, Trung, Indonesia, Philippines, Anh, Thái, Khmer, "
                "Myanmar và các tiếng khác",
            ),
            "id": (
                "Organisasi Pemagangan Teknis (OTIT): konsultasi dalam bahasa ibu",
                "Hari berbeda menurut bahasa (lihat situs web)",
                "Vietnam, Tionghoa, Indonesia, Filipina, Inggris, Thai, Khmer, "
                "Myanmar, dan lainnya",
            ),
        },
    ),
    "fresc": (
        "0570-011000",
        "https://www.moj.go.jp/isa/support/fresc/fresc01.html",
        {
            "ja": (
                "外国人在留支援センター（FRESC）",
                "平日9時〜17時",
                "多言語対応",
            ),
            "en": (
                "Foreign Residents Support Center (FRESC)",
                "Weekdays 9 am–5 pm",
                "Many languages",
            ),
            "vi": (
                "Trung tâm Hỗ trợ Người nước ngoài cư trú (FRESC)",
                "Ngày thường 9–17 giờ",
                "Nhiều ngôn ngữ",
            ),
            "id": (
                "Pusat Dukungan Penduduk Asing (FRESC)",
                "Hari kerja 09.00–17.00",
                "Banyak bahasa",
            ),
        },
    ),
}
