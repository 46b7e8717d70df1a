"""The after-arrival check (about three months after arrival): recruitment, fees,
documents, contract. Each question: key, the risky answer ("yes" or "no"), its risk
level, ILO indicators, law and organisation keys, and per language the question and
what the risky answer means."""

TITLE = {
    "ja": "セルフチェック（入国後）",
    "en": "Self-check: after arrival",
    "vi": "Tự kiểm tra: sau khi nhập cảnh",
    "id": "Cek mandiri: setelah tiba",
}
INTRO = {
    "ja": "日本に来て3か月ごろの方のためのチェックです。募集、費用、書類、契約について24の質問に答えます。10分ほどかかります。",
    "en": "For workers about three months after arrival: 24 questions about your "
    "recruitment, fees, documents and contract. It takes about 10 minutes.",
    "vi": "Dành cho người lao động khoảng ba tháng sau khi đến Nhật: 24 câu hỏi về "
    "tuyển dụng, chi phí, giấy tờ và hợp đồng. Mất khoảng 10 phút.",
    "id": "Untuk pekerja sekitar tiga bulan setelah tiba: 24 pertanyaan tentang "
    "perekrutan, biaya, dokumen, dan kontrak Anda. Sekitar 10 menit.",
}

SECTIONS = [
    {
        "key": "recruitment",
        "title": {
            "ja": "募集と費用",
            "en": "Recruitment and fees",
            "vi": "Tuyển dụng và chi phí",
            "id": "Perekrutan dan biaya",
        },
        "action": {
            "ja": "払ったお金の領収書や契約書を保管し、相談窓口に相談してください。",
            "en": "Keep receipts and contracts for what you paid, and talk to a "
            "consultation desk.",
            "vi": "Hãy giữ biên lai và hợp đồng về khoản tiền đã trả, và hỏi ý "
            "kiến nơi tư vấn.",
            "id": "Simpan kuitansi dan kontrak atas uang yang Anda bayar, dan "
            "bicarakan dengan layanan konsultasi.",
        },
        "questions": [
            (
                "high_fee",
                "yes",
                "serious",
                ("debt", "vulnerability"),
                ("esa32",),
                "otit",
                {
                    "ja": (
                        "日本に来るために、仲介業者などに給料の数か月分以上のお金を払いましたか。",
                        "高額な手数料や借金は、辞めたくても辞められない状態（借金による束縛）につながります。",
                    ),
                    "en": (
                        "Did you pay a broker or agency more than a few months' wages to come to Japan?",
                        "High fees and the debts taken on for them can trap a worker in a job they cannot leave (debt bondage).",
                    ),
                    "vi": (
                        "Bạn có trả cho môi giới hay công ty phái cử số tiền nhiều hơn vài tháng lương để sang Nhật không?",
                        "Phí cao và khoản nợ vay để trả phí có thể trói buộc người lao động vào công việc không thể bỏ (lệ thuộc vì nợ).",
                    ),
                    "id": (
                        "Apakah Anda membayar calo atau agen lebih dari beberapa bulan gaji untuk datang ke Jepang?",
                        "Biaya tinggi dan utang untuk membayarnya dapat menjerat pekerja dalam pekerjaan yang tidak bisa ditinggalkan (jeratan utang).",
                    ),
                },
            ),
            (
                "debt",
                "yes",
                "serious",
                ("debt",),
                ("titp47",),
                "otit",
                {
                    "ja": (
                        "来日のための借金が、今も残っていますか。",
                        "借金の返済のために辞められない状態は、強制労働の指標の一つです。",
                    ),
                    "en": (
                        "Do you still owe money that you borrowed to come to Japan?",
                        "Being unable to leave a job because of a debt is one of the indicators of forced labour.",
                    ),
                    "vi": (
                        "Bạn có còn nợ khoản tiền đã vay để sang Nhật không?",
                        "Không thể nghỉ việc vì món nợ là một dấu hiệu của lao động cưỡng bức.",
                    ),
                    "id": (
                        "Apakah Anda masih berutang uang yang dipinjam untuk datang ke Jepang?",
                        "Tidak bisa berhenti bekerja karena utang adalah salah satu indikator kerja paksa.",
                    ),
                },
            ),
            (
                "deposit",
                "yes",
                "serious",
                ("debt", "intimidation"),
                ("titp47", "lsa16"),
                "otit",
                {
                    "ja": (
                        "保証金を払ったり、途中で帰国したら違約金を払う約束をしたりしましたか。",
                        "保証金や違約金の約束は法律で禁止されています。払ったお金は取り戻せる場合があります。",
                    ),
                    "en": (
                        "Did you pay a deposit, or promise to pay a penalty if you go home early?",
                        "Deposits and penalty promises are forbidden by law. Money you paid may be recoverable.",
                    ),
                    "vi": (
                        "Bạn có nộp tiền đặt cọc, hoặc hứa nộp tiền phạt nếu về nước sớm không?",
                        "Tiền đặt cọc và cam kết nộp phạt bị pháp luật cấm. Bạn có thể lấy lại số tiền đã nộp.",
                    ),
                    "id": (
                        "Apakah Anda membayar uang jaminan, atau berjanji membayar denda jika pulang lebih awal?",
                        "Uang jaminan dan janji denda dilarang oleh hukum. Uang yang Anda bayar mungkin bisa diminta kembali.",
                    ),
                },
            ),
            (
                "different_job",
                "yes",
                "serious",
                ("deception",),
                ("lsa15",),
                "hotline",
                {
                    "ja": (
                        "仕事の内容や給料が、来日前の説明と大きく違いますか。",
                        "説明と違う条件で働かせることはだまし（欺瞞）にあたり、労働条件は書面で示す義務があります。",
                    ),
                    "en": (
                        "Are your job or your wages very different from what you were told before coming?",
                        "Different conditions from those promised are deception; working conditions must be given in writing.",
                    ),
                    "vi": (
                        "Công việc hoặc tiền lương có khác nhiều so với những gì được nói trước khi sang không?",
                        "Điều kiện khác với lời hứa là lừa dối; điều kiện làm việc phải được đưa bằng văn bản.",
                    ),
                    "id": (
                        "Apakah pekerjaan atau upah Anda sangat berbeda dari yang dijelaskan sebelum datang?",
                        "Syarat yang berbeda dari yang dijanjikan adalah penipuan; syarat kerja wajib diberikan secara tertulis.",
                    ),
                },
            ),
            (
                "contract_language",
                "no",
                "caution",
                ("deception",),
                ("lsa15",),
                "hotline",
                {
                    "ja": (
                        "来日前に、わかる言語で書かれた契約書を受け取りましたか。",
                        "契約の内容がわからないまま署名すると、不利な条件に気づけません。母国語の契約書を求めることができます。",
                    ),
                    "en": (
                        "Before coming, did you get a contract written in a language you understand?",
                        "Signing without understanding hides unfair terms. You may ask for the contract in your language.",
                    ),
                    "vi": (
                        "Trước khi sang, bạn có nhận hợp đồng viết bằng ngôn ngữ bạn hiểu không?",
                        "Ký mà không hiểu sẽ che giấu điều khoản bất lợi. Bạn có thể yêu cầu hợp đồng bằng tiếng mẹ đẻ.",
                    ),
                    "id": (
                        "Sebelum datang, apakah Anda menerima kontrak dalam bahasa yang Anda pahami?",
                        "Menandatangani tanpa memahami menyembunyikan syarat yang merugikan. Anda boleh meminta kontrak dalam bahasa Anda.",
                    ),
                },
            ),
            (
                "fees_japan",
                "yes",
                "caution",
                ("debt",),
                ("esa32",),
                "fresc",
                {
                    "ja": (
                        "日本に来てから、会社や支援機関に紹介料や支援費を払うように言われましたか。",
                        "特定技能の支援費用を本人に負担させることは認められていません。技能実習でも監理費は会社が払うものです。",
                    ),
                    "en": (
                        "Since arriving, were you told to pay a placement or support fee to the company or a support organisation?",
                        "Support costs for specified skilled workers may not be charged to the worker; supervision fees for trainees are paid by the company.",
                    ),
                    "vi": (
                        "Từ khi sang Nhật, bạn có bị yêu cầu trả phí giới thiệu hay phí hỗ trợ cho công ty hoặc tổ chức hỗ trợ không?",
                        "Chi phí hỗ trợ lao động kỹ năng đặc định không được bắt người lao động trả; phí quản lý thực tập sinh do công ty trả.",
                    ),
                    "id": (
                        "Sejak tiba, apakah Anda diminta membayar biaya penempatan atau dukungan kepada perusahaan atau lembaga pendukung?",
                        "Biaya dukungan pekerja berketerampilan khusus tidak boleh dibebankan kepada pekerja; biaya pengawasan peserta magang dibayar perusahaan.",
                    ),
                },
            ),
        ],
    },
    {
        "key": "documents",
        "title": {
            "ja": "パスポートと書類",
            "en": "Passport and documents",
            "vi": "Hộ chiếu và giấy tờ",
            "id": "Paspor dan dokumen",
        },
        "action": {
            "ja": "返してほしいとはっきり伝えてください。返してもらえない時は、すぐに相談窓口に連絡してください。",
            "en": "Say clearly that you want them back. If they are not returned, contact a consultation desk at once.",
            "vi": "Hãy nói rõ bạn muốn lấy lại. Nếu không được trả, hãy liên hệ ngay nơi tư vấn.",
            "id": "Katakan dengan jelas bahwa Anda ingin mengambilnya kembali. Jika tidak dikembalikan, segera hubungi layanan konsultasi.",
        },
        "questions": [
            (
                "passport",
                "yes",
                "serious",
                ("documents", "movement"),
                ("titp48",),
                "otit",
                {
                    "ja": (
                        "会社や監理団体、支援機関があなたのパスポートを預かっていますか。",
                        "本人の意思に反してパスポートを預かることは禁止されています。パスポートは自分で持つものです。",
                    ),
                    "en": (
                        "Does your company, supervising organisation or support organisation keep your passport?",
                        "Keeping a worker's passport against their will is forbidden. Your passport is yours to keep.",
                    ),
                    "vi": (
                        "Công ty, nghiệp đoàn hay tổ chức hỗ trợ có đang giữ hộ chiếu của bạn không?",
                        "Giữ hộ chiếu của người lao động trái ý muốn của họ là bị cấm. Hộ chiếu do bạn tự giữ.",
                    ),
                    "id": (
                        "Apakah perusahaan, lembaga pengawas, atau lembaga pendukung menyimpan paspor Anda?",
                        "Menahan paspor pekerja tanpa kehendaknya dilarang. Paspor adalah milik Anda untuk disimpan sendiri.",
                    ),
                },
            ),
            (
                "residence_card",
                "yes",
                "serious",
                ("documents", "movement"),
                ("titp48",),
                "fresc",
                {
                    "ja": (
                        "在留カードを他の人が持っていますか。",
                        "在留カードは常に本人が持っていなければならず、他人が取り上げることは禁止です。",
                    ),
                    "en": (
                        "Does someone else hold your residence card?",
                        "You must carry your residence card yourself at all times; no one may take it from you.",
                    ),
                    "vi": (
                        "Có người khác đang giữ thẻ cư trú của bạn không?",
                        "Bạn phải luôn tự mang thẻ cư trú; không ai được lấy thẻ của bạn.",
                    ),
                    "id": (
                        "Apakah orang lain memegang kartu izin tinggal Anda?",
                        "Anda wajib selalu membawa kartu izin tinggal sendiri; tidak seorang pun boleh mengambilnya.",
                    ),
                },
            ),
            (
                "bankbook",
                "yes",
                "serious",
                ("wages", "documents"),
                ("lsa18", "lsa24"),
                "hotline",
                {
                    "ja": (
                        "通帳やキャッシュカードを会社などが管理していますか。",
                        "通帳やカードを会社が管理すると、給料を自由に使えなくなります。貯金の管理の強制は禁止です。",
                    ),
                    "en": (
                        "Does the company or someone else keep your bankbook or cash card?",
                        "When the company keeps your bank card, you cannot use your wages freely; forced management of savings is forbidden.",
                    ),
                    "vi": (
                        "Công ty hay người khác có giữ sổ ngân hàng hoặc thẻ rút tiền của bạn không?",
                        "Khi công ty giữ thẻ ngân hàng, bạn không thể tự do dùng tiền lương; bắt buộc quản lý tiền tiết kiệm là bị cấm.",
                    ),
                    "id": (
                        "Apakah perusahaan atau orang lain menyimpan buku tabungan atau kartu ATM Anda?",
                        "Jika perusahaan menyimpan kartu bank Anda, Anda tidak bebas memakai upah; pengelolaan tabungan secara paksa dilarang.",
                    ),
                },
            ),
            (
                "phone_taken",
                "yes",
                "serious",
                ("isolation",),
                ("titp48",),
                "otit",
                {
                    "ja": (
                        "携帯電話を取り上げられたり、使うことを禁止されたりしていますか。",
                        "携帯電話を取り上げて外部との連絡を断つことは、孤立させる行為で、私生活の不当な制限です。",
                    ),
                    "en": (
                        "Has your mobile phone been taken away, or are you forbidden to use it?",
                        "Taking a phone to cut a worker off from others is isolation and an unjust restriction of private life.",
                    ),
                    "vi": (
                        "Điện thoại của bạn có bị thu giữ, hoặc bạn bị cấm sử dụng không?",
                        "Thu giữ điện thoại để cắt liên lạc của người lao động là cô lập và hạn chế bất hợp lý đời sống riêng.",
                    ),
                    "id": (
                        "Apakah ponsel Anda diambil, atau Anda dilarang memakainya?",
                        "Mengambil ponsel untuk memutus hubungan pekerja dengan orang lain adalah isolasi dan pembatasan kehidupan pribadi yang tidak sah.",
                    ),
                },
            ),
            (
                "go_out",
                "no",
                "serious",
                ("movement",),
                ("titp48", "lsa5"),
                "otit",
                {
                    "ja": (
                        "休みの日に、自由に外出できますか。",
                        "休日の外出を禁止したり、許可制にしたりすることは移動の自由の制限で、禁止されています。",
                    ),
                    "en": (
                        "Can you go out freely on your days off?",
                        "Forbidding workers to go out on days off, or making them ask permission, restricts their movement and is forbidden.",
                    ),
                    "vi": (
                        "Vào ngày nghỉ, bạn có được tự do ra ngoài không?",
                        "Cấm hoặc bắt xin phép ra ngoài vào ngày nghỉ là hạn chế tự do đi lại và bị cấm.",
                    ),
                    "id": (
                        "Apakah Anda bebas keluar pada hari libur?",
                        "Melarang pekerja keluar pada hari libur, atau mewajibkan izin, membatasi kebebasan bergerak dan dilarang.",
                    ),
                },
            ),
            (
                "send_home_threat",
                "yes",
                "serious",
                ("intimidation",),
                ("lsa5", "titp47"),
                "otit",
                {
                    "ja": (
                        "「国に帰らせる」などと言われて、おどされたことがありますか。",
                        "帰国させるとおどして働かせることは脅迫にあたります。本人の意思に反する帰国の強制は許されません。",
                    ),
                    "en": (
                        "Have you been threatened, for example with being sent home?",
                        "Threatening to send a worker home to make them work is intimidation; a worker may not be sent home against their will.",
                    ),
                    "vi": (
                        "Bạn có từng bị đe dọa, ví dụ bị dọa đưa về nước không?",
                        "Đe dọa đưa về nước để ép làm việc là hành vi đe dọa; không ai được buộc người lao động về nước trái ý muốn.",
                    ),
                    "id": (
                        "Apakah Anda pernah diancam, misalnya akan dipulangkan?",
                        "Mengancam memulangkan pekerja agar mau bekerja adalah intimidasi; pekerja tidak boleh dipulangkan tanpa kehendaknya.",
                    ),
                },
            ),
        ],
    },
    {
        "key": "contract",
        "title": {
            "ja": "契約と最初の給料",
            "en": "Contract and first wages",
            "vi": "Hợp đồng và tiền lương đầu tiên",
            "id": "Kontrak dan upah pertama",
        },
        "action": {
            "ja": "給与明細と勤務時間のメモを残し、労働基準監督署や相談窓口に相談してください。",
            "en": "Keep your payslips and a note of your hours, and talk to a labour standards inspection office or a consultation desk.",
            "vi": "Hãy giữ phiếu lương và ghi chép giờ làm, rồi hỏi ý kiến văn phòng thanh tra tiêu chuẩn lao động hoặc nơi tư vấn.",
            "id": "Simpan slip gaji dan catatan jam kerja Anda, lalu bicarakan dengan kantor pengawas standar ketenagakerjaan atau layanan konsultasi.",
        },
        "questions": [
            (
                "conditions_paper",
                "no",
                "caution",
                ("deception",),
                ("lsa15",),
                "hotline",
                {
                    "ja": (
                        "日本で、賃金や労働時間が書かれた労働条件通知書をもらいましたか。",
                        "会社は賃金、労働時間、休日などを書面で示す義務があります。",
                    ),
                    "en": (
                        "In Japan, did you get a written notice of your wages, hours and days off?",
                        "The company must give you your wages, hours and days off in writing.",
                    ),
                    "vi": (
                        "Tại Nhật, bạn có nhận giấy thông báo điều kiện làm việc ghi tiền lương, giờ làm và ngày nghỉ không?",
                        "Công ty có nghĩa vụ đưa tiền lương, giờ làm và ngày nghỉ bằng văn bản.",
                    ),
                    "id": (
                        "Di Jepang, apakah Anda menerima pemberitahuan tertulis tentang upah, jam kerja, dan hari libur?",
                        "Perusahaan wajib memberikan upah, jam kerja, dan hari libur Anda secara tertulis.",
                    ),
                },
            ),
            (
                "minimum_wage",
                "no",
                "serious",
                ("wages",),
                ("mwa4",),
                "hotline",
                {
                    "ja": (
                        "時給に直すと、その県の最低賃金以上もらっていますか。",
                        "最低賃金より低い給料は違法です。実習生や特定技能の人にも最低賃金が適用されます。",
                    ),
                    "en": (
                        "Counted per hour, do you earn at least the minimum wage of your prefecture?",
                        "Pay below the minimum wage is illegal; it applies to trainees and specified skilled workers too.",
                    ),
                    "vi": (
                        "Tính theo giờ, bạn có được trả ít nhất bằng lương tối thiểu của tỉnh không?",
                        "Trả lương thấp hơn mức tối thiểu là vi phạm pháp luật; quy định này áp dụng cả cho thực tập sinh và lao động kỹ năng đặc định.",
                    ),
                    "id": (
                        "Dihitung per jam, apakah upah Anda paling sedikit upah minimum prefektur?",
                        "Upah di bawah upah minimum adalah ilegal; berlaku juga bagi peserta magang dan pekerja berketerampilan khusus.",
                    ),
                },
            ),
            (
                "deductions",
                "yes",
                "caution",
                ("wages", "conditions"),
                ("lsa24",),
                "hotline",
                {
                    "ja": (
                        "説明のないお金（寮費、光熱費など）が給料から引かれていますか。",
                        "税金や社会保険料以外を給料から引くには労使協定が必要で、寮費も実際の費用を超えてはいけません。",
                    ),
                    "en": (
                        "Is money taken from your wages (housing, utilities …) without explanation?",
                        "Apart from tax and social insurance, deductions need a written labour-management agreement, and housing charges may not exceed the real cost.",
                    ),
                    "vi": (
                        "Lương của bạn có bị trừ các khoản không được giải thích (tiền nhà, điện nước …) không?",
                        "Ngoài thuế và bảo hiểm xã hội, muốn trừ lương phải có thỏa thuận lao động bằng văn bản, và tiền nhà không được vượt chi phí thực tế.",
                    ),
                    "id": (
                        "Apakah upah Anda dipotong tanpa penjelasan (asrama, listrik, air …)?",
                        "Selain pajak dan asuransi sosial, potongan memerlukan perjanjian tertulis pekerja-pengusaha, dan biaya asrama tidak boleh melebihi biaya sebenarnya.",
                    ),
                },
            ),
            (
                "forced_savings",
                "yes",
                "serious",
                ("wages", "debt"),
                ("lsa18",),
                "hotline",
                {
                    "ja": (
                        "給料の一部を会社に強制的に貯金させられていますか。",
                        "強制的な貯金は労働基準法で禁止されています。",
                    ),
                    "en": (
                        "Are you forced to leave part of your wages with the company as savings?",
                        "Forced savings are forbidden by the Labour Standards Act.",
                    ),
                    "vi": (
                        "Bạn có bị buộc gửi một phần lương cho công ty để tiết kiệm không?",
                        "Bắt buộc tiết kiệm bị Luật Tiêu chuẩn Lao động cấm.",
                    ),
                    "id": (
                        "Apakah Anda dipaksa menitipkan sebagian upah kepada perusahaan sebagai tabungan?",
                        "Tabungan paksa dilarang oleh Undang-Undang Standar Ketenagakerjaan.",
                    ),
                },
            ),
            (
                "first_pay",
                "no",
                "serious",
                ("wages",),
                ("lsa24",),
                "hotline",
                {
                    "ja": (
                        "給料は毎月決まった日に、全額支払われていますか。",
                        "給料は毎月1回以上、決まった日に全額支払う義務があります。",
                    ),
                    "en": (
                        "Are your wages paid in full on a fixed day every month?",
                        "Wages must be paid in full at least once a month on a fixed day.",
                    ),
                    "vi": (
                        "Lương có được trả đủ vào ngày cố định mỗi tháng không?",
                        "Tiền lương phải được trả đủ ít nhất mỗi tháng một lần vào ngày cố định.",
                    ),
                    "id": (
                        "Apakah upah Anda dibayar penuh pada tanggal tetap setiap bulan?",
                        "Upah wajib dibayar penuh paling sedikit sebulan sekali pada tanggal tetap.",
                    ),
                },
            ),
            (
                "payslip",
                "no",
                "caution",
                ("wages",),
                ("lsa24",),
                "hotline",
                {
                    "ja": (
                        "毎月、給与明細をもらっていますか。",
                        "給与明細がないと、残業代や引かれたお金が正しいか確かめられません。会社に求めることができます。",
                    ),
                    "en": (
                        "Do you get a payslip every month?",
                        "Without a payslip you cannot check overtime pay and deductions. You may ask the company for one.",
                    ),
                    "vi": (
                        "Hằng tháng bạn có nhận phiếu lương không?",
                        "Không có phiếu lương thì không thể kiểm tra tiền làm thêm và các khoản trừ. Bạn có thể yêu cầu công ty.",
                    ),
                    "id": (
                        "Apakah Anda menerima slip gaji setiap bulan?",
                        "Tanpa slip gaji Anda tidak bisa memeriksa upah lembur dan potongan. Anda boleh memintanya kepada perusahaan.",
                    ),
                },
            ),
        ],
    },
    {
        "key": "living",
        "title": {
            "ja": "生活と相談",
            "en": "Daily life and help",
            "vi": "Cuộc sống và hỗ trợ",
            "id": "Kehidupan dan bantuan",
        },
        "action": {
            "ja": "ひとりで悩まず、母国語で相談できる窓口に連絡してください。相談したことで不利益を受けることは禁止されています。",
            "en": "Do not stay alone with it: contact a desk in your language. You may not be punished for asking for help.",
            "vi": "Đừng một mình chịu đựng: hãy liên hệ nơi tư vấn bằng tiếng mẹ đẻ. Không ai được phạt bạn vì đã xin giúp đỡ.",
            "id": "Jangan menanggungnya sendiri: hubungi layanan dalam bahasa Anda. Anda tidak boleh dihukum karena meminta bantuan.",
        },
        "questions": [
            (
                "housing",
                "no",
                "caution",
                ("conditions",),
                ("lsa24",),
                "fresc",
                {
                    "ja": (
                        "住まいは安全で、プライバシーがあり、家賃は説明どおりですか。",
                        "狭すぎる、鍵がない、家賃が高すぎる住まいは、劣悪な生活条件にあたることがあります。",
                    ),
                    "en": (
                        "Is your housing safe and private, with the rent you were told?",
                        "Overcrowded housing, rooms without locks or excessive rent can amount to abusive living conditions.",
                    ),
                    "vi": (
                        "Chỗ ở của bạn có an toàn, riêng tư và tiền nhà đúng như được báo không?",
                        "Chỗ ở quá chật, phòng không có khóa hay tiền nhà quá cao có thể là điều kiện sống tồi tệ.",
                    ),
                    "id": (
                        "Apakah tempat tinggal Anda aman, memiliki privasi, dan sewanya sesuai penjelasan?",
                        "Tempat tinggal yang terlalu sesak, kamar tanpa kunci, atau sewa berlebihan dapat tergolong kondisi hidup yang tidak layak.",
                    ),
                },
            ),
            (
                "know_help",
                "no",
                "caution",
                ("isolation",),
                (),
                "fresc",
                {
                    "ja": (
                        "困った時に、母国語で相談できる場所を知っていますか。",
                        "相談先を知らないと、問題があっても助けを求められません。このページの最後に相談先があります。",
                    ),
                    "en": (
                        "Do you know where to ask for help in your own language?",
                        "Without knowing where to turn, a worker cannot get help. You find places to ask at the end of this page.",
                    ),
                    "vi": (
                        "Bạn có biết nơi có thể xin tư vấn bằng tiếng mẹ đẻ khi gặp khó khăn không?",
                        "Nếu không biết nơi nào để hỏi, bạn không thể nhận giúp đỡ. Cuối trang này có các nơi tư vấn.",
                    ),
                    "id": (
                        "Apakah Anda tahu tempat meminta bantuan dalam bahasa Anda sendiri?",
                        "Tanpa mengetahui tempat bertanya, pekerja tidak bisa mendapat bantuan. Tempat bertanya ada di akhir halaman ini.",
                    ),
                },
            ),
            (
                "visits",
                "no",
                "caution",
                ("isolation",),
                (),
                "otit",
                {
                    "ja": (
                        "監理団体や支援機関の人と、会社の人がいない所で話す機会がありますか。",
                        "監理団体や登録支援機関は、定期的に本人と面談する義務があります。",
                    ),
                    "en": (
                        "Can you talk with your supervising or support organisation without company staff present?",
                        "Supervising and registered support organisations must meet workers regularly.",
                    ),
                    "vi": (
                        "Bạn có cơ hội nói chuyện với nghiệp đoàn hoặc tổ chức hỗ trợ mà không có người của công ty không?",
                        "Nghiệp đoàn và tổ chức hỗ trợ đăng ký có nghĩa vụ gặp người lao động định kỳ.",
                    ),
                    "id": (
                        "Apakah Anda bisa berbicara dengan lembaga pengawas atau lembaga pendukung tanpa kehadiran staf perusahaan?",
                        "Lembaga pengawas dan lembaga pendukung terdaftar wajib bertemu pekerja secara berkala.",
                    ),
                },
            ),
            (
                "pregnancy",
                "yes",
                "serious",
                ("intimidation", "vulnerability"),
                ("eeoa11",),
                "otit",
                {
                    "ja": (
                        "妊娠や恋愛を禁止する、または妊娠したら帰国させると言われましたか。",
                        "妊娠や出産を理由に解雇したり帰国させたりすることは法律で禁止されています。",
                    ),
                    "en": (
                        "Were you told that pregnancy or relationships are forbidden, or that you would be sent home if pregnant?",
                        "Dismissing a worker or sending her home because of pregnancy or childbirth is forbidden by law.",
                    ),
                    "vi": (
                        "Bạn có bị nói rằng cấm mang thai hay yêu đương, hoặc sẽ bị đưa về nước nếu mang thai không?",
                        "Sa thải hay đưa người lao động về nước vì mang thai hoặc sinh con là bị pháp luật cấm.",
                    ),
                    "id": (
                        "Apakah Anda diberi tahu bahwa hamil atau berpacaran dilarang, atau akan dipulangkan jika hamil?",
                        "Memecat atau memulangkan pekerja karena hamil atau melahirkan dilarang oleh hukum.",
                    ),
                },
            ),
            (
                "language_help",
                "no",
                "caution",
                ("isolation", "vulnerability"),
                (),
                "fresc",
                {
                    "ja": (
                        "仕事の大事な指示を、わかる言葉で説明してもらえますか。",
                        "指示がわからないと、けがやトラブルにつながります。わかる言葉での説明を求めることができます。",
                    ),
                    "en": (
                        "Are important work instructions explained in a language you understand?",
                        "Instructions you do not understand lead to injuries and trouble. You may ask for them in a language you understand.",
                    ),
                    "vi": (
                        "Những chỉ dẫn quan trọng trong công việc có được giải thích bằng ngôn ngữ bạn hiểu không?",
                        "Chỉ dẫn không hiểu dễ dẫn đến tai nạn và rắc rối. Bạn có thể yêu cầu giải thích bằng ngôn ngữ bạn hiểu.",
                    ),
                    "id": (
                        "Apakah instruksi kerja yang penting dijelaskan dalam bahasa yang Anda pahami?",
                        "Instruksi yang tidak dipahami bisa menyebabkan cedera dan masalah. Anda boleh meminta penjelasan dalam bahasa yang Anda pahami.",
                    ),
                },
            ),
            (
                "violence_arrival",
                "yes",
                "serious",
                ("violence",),
                ("lsa5",),
                "hotline",
                {
                    "ja": (
                        "職場や寮で、たたかれるなどの暴力を受けたことがありますか。",
                        "暴力は犯罪です。危険な時は110番に電話してください。",
                    ),
                    "en": (
                        "Have you been hit or suffered other violence at work or in your housing?",
                        "Violence is a crime. If you are in danger, call the police on 110.",
                    ),
                    "vi": (
                        "Bạn có từng bị đánh hay bị bạo lực khác ở nơi làm việc hoặc ký túc xá không?",
                        "Bạo lực là tội phạm. Khi gặp nguy hiểm, hãy gọi cảnh sát số 110.",
                    ),
                    "id": (
                        "Apakah Anda pernah dipukul atau mengalami kekerasan lain di tempat kerja atau asrama?",
                        "Kekerasan adalah kejahatan. Jika dalam bahaya, telepon polisi di 110.",
                    ),
                },
            ),
        ],
    },
]
