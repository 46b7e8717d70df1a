"""The periodic check: wages, hours and leave, safety, harassment (same format as
after_arrival.py)."""

TITLE = {
    "ja": "セルフチェック（定期）",
    "en": "Self-check: periodic",
    "vi": "Tự kiểm tra: định kỳ",
    "id": "Cek mandiri: berkala",
}
INTRO = {
    "ja": "働いている方が定期的に受けるチェックです。給料、労働時間と休み、安全、ハラスメントについて24の質問に答えます。",
    "en": "For workers to take now and then: 24 questions about wages, hours and "
    "leave, safety and harassment.",
    "vi": "Dành cho người lao động làm định kỳ: 24 câu hỏi về tiền lương, giờ làm và "
    "nghỉ phép, an toàn và quấy rối.",
    "id": "Untuk pekerja secara berkala: 24 pertanyaan tentang upah, jam kerja dan "
    "cuti, keselamatan, serta pelecehan.",
}

SECTIONS = [
    {
        "key": "wages",
        "title": {"ja": "給料", "en": "Wages", "vi": "Tiền lương", "id": "Upah"},
        "action": {
            "ja": "給与明細、タイムカードの写真、勤務時間のメモを残し、労働基準監督署や相談窓口に相談してください。",
            "en": "Keep payslips, photos of time cards and a note of your hours, and talk to a labour standards inspection office or a consultation desk.",
            "vi": "Hãy giữ phiếu lương, ảnh thẻ chấm công và ghi chép giờ làm, rồi hỏi ý kiến văn phòng thanh tra tiêu chuẩn lao động hoặc nơi tư vấn.",
            "id": "Simpan slip gaji, foto kartu absen, dan catatan jam kerja, lalu bicarakan dengan kantor pengawas standar ketenagakerjaan atau layanan konsultasi.",
        },
        "questions": [
            (
                "unpaid",
                "yes",
                "serious",
                ("wages",),
                ("lsa24",),
                "hotline",
                {
                    "ja": (
                        "給料の支払いが遅れたり、払われなかったりしたことがありますか。",
                        "給料を払わない、遅らせることは違法です。未払いの給料は請求できます。",
                    ),
                    "en": (
                        "Have your wages ever been late or not paid?",
                        "Not paying or delaying wages is illegal. You can claim unpaid wages.",
                    ),
                    "vi": (
                        "Lương của bạn có từng bị trả chậm hoặc không được trả không?",
                        "Không trả hoặc trả chậm lương là vi phạm pháp luật. Bạn có thể đòi tiền lương chưa trả.",
                    ),
                    "id": (
                        "Apakah upah Anda pernah terlambat atau tidak dibayar?",
                        "Tidak membayar atau menunda upah adalah ilegal. Anda dapat menuntut upah yang belum dibayar.",
                    ),
                },
            ),
            (
                "overtime_premium",
                "no",
                "serious",
                ("wages", "overtime"),
                ("lsa37",),
                "hotline",
                {
                    "ja": (
                        "残業した分は、割増（25%以上）をつけて払われていますか。",
                        "残業には25%以上、深夜には25%以上、休日労働には35%以上の割増賃金が必要です。",
                    ),
                    "en": (
                        "Is your overtime paid with the premium (at least 25% extra)?",
                        "Overtime and night work need at least 25% extra pay, work on rest days at least 35%.",
                    ),
                    "vi": (
                        "Giờ làm thêm có được trả thêm phụ cấp (ít nhất 25%) không?",
                        "Làm thêm giờ và làm đêm phải trả thêm ít nhất 25%, làm ngày nghỉ ít nhất 35%.",
                    ),
                    "id": (
                        "Apakah lembur Anda dibayar dengan tambahan (paling sedikit 25%)?",
                        "Lembur dan kerja malam wajib dibayar tambahan paling sedikit 25%, kerja hari libur paling sedikit 35%.",
                    ),
                },
            ),
            (
                "below_minimum",
                "yes",
                "serious",
                ("wages",),
                ("mwa4",),
                "hotline",
                {
                    "ja": (
                        "時給に直すと、県の最低賃金より低いですか。",
                        "最低賃金より低い給料は違法で、差額を請求できます。",
                    ),
                    "en": (
                        "Counted per hour, is your pay below the prefecture's minimum wage?",
                        "Pay below the minimum wage is illegal; you can claim the difference.",
                    ),
                    "vi": (
                        "Tính theo giờ, lương của bạn có thấp hơn lương tối thiểu của tỉnh không?",
                        "Lương thấp hơn mức tối thiểu là vi phạm pháp luật; bạn có thể đòi phần chênh lệch.",
                    ),
                    "id": (
                        "Dihitung per jam, apakah upah Anda di bawah upah minimum prefektur?",
                        "Upah di bawah upah minimum adalah ilegal; Anda dapat menuntut selisihnya.",
                    ),
                },
            ),
            (
                "unexplained_cut",
                "yes",
                "caution",
                ("wages",),
                ("lsa24",),
                "hotline",
                {
                    "ja": (
                        "罰金やミスの弁償として、給料からお金を引かれたことがありますか。",
                        "ミスの罰金や弁償を一方的に給料から引くことは認められていません。",
                    ),
                    "en": (
                        "Has money been taken from your wages as a fine or to pay for mistakes?",
                        "Fines or charges for mistakes may not be taken from wages one-sidedly.",
                    ),
                    "vi": (
                        "Lương của bạn có từng bị trừ tiền phạt hoặc tiền bồi thường lỗi không?",
                        "Không được tự ý trừ tiền phạt hay tiền bồi thường lỗi vào lương.",
                    ),
                    "id": (
                        "Apakah upah Anda pernah dipotong sebagai denda atau ganti rugi kesalahan?",
                        "Denda atau ganti rugi kesalahan tidak boleh dipotong dari upah secara sepihak.",
                    ),
                },
            ),
            (
                "pay_cash_card",
                "no",
                "caution",
                ("wages",),
                ("lsa24",),
                "hotline",
                {
                    "ja": (
                        "給料を受け取る口座やカードを、自分で管理していますか。",
                        "給料は本人に支払うもので、他の人が口座を管理すると給料を受け取れないおそれがあります。",
                    ),
                    "en": (
                        "Do you manage the bank account or card your wages are paid into?",
                        "Wages are paid to the worker; when someone else controls the account, the wages may never reach you.",
                    ),
                    "vi": (
                        "Bạn có tự quản lý tài khoản hoặc thẻ nhận lương không?",
                        "Lương phải trả cho chính người lao động; nếu người khác giữ tài khoản, bạn có thể không nhận được lương.",
                    ),
                    "id": (
                        "Apakah Anda sendiri yang mengelola rekening atau kartu tempat upah dibayarkan?",
                        "Upah dibayarkan kepada pekerja; jika orang lain menguasai rekening, upah mungkin tidak sampai kepada Anda.",
                    ),
                },
            ),
            (
                "social_insurance",
                "no",
                "caution",
                ("conditions",),
                (),
                "fresc",
                {
                    "ja": (
                        "健康保険証（マイナ保険証）を持っていて、病院で使えますか。",
                        "会社で働く人は原則として健康保険と厚生年金に入ります。保険に入っていないと医療費が高くなります。",
                    ),
                    "en": (
                        "Do you have health insurance that you can use at a hospital?",
                        "Employees are, as a rule, covered by health insurance and the employees' pension; without insurance, medical bills are high.",
                    ),
                    "vi": (
                        "Bạn có bảo hiểm y tế có thể dùng khi đi bệnh viện không?",
                        "Về nguyên tắc, người làm công ty được tham gia bảo hiểm y tế và lương hưu phúc lợi; không có bảo hiểm thì chi phí khám chữa bệnh rất cao.",
                    ),
                    "id": (
                        "Apakah Anda memiliki asuransi kesehatan yang bisa dipakai di rumah sakit?",
                        "Karyawan pada dasarnya terdaftar dalam asuransi kesehatan dan pensiun karyawan; tanpa asuransi, biaya berobat mahal.",
                    ),
                },
            ),
        ],
    },
    {
        "key": "hours",
        "title": {
            "ja": "労働時間と休み",
            "en": "Working hours and leave",
            "vi": "Giờ làm và ngày nghỉ",
            "id": "Jam kerja dan cuti",
        },
        "action": {
            "ja": "毎日の始業・終業時刻をメモし、労働基準監督署や相談窓口に相談してください。",
            "en": "Write down when you start and finish each day, and talk to a labour standards inspection office or a consultation desk.",
            "vi": "Hãy ghi lại giờ bắt đầu và kết thúc mỗi ngày, rồi hỏi ý kiến văn phòng thanh tra tiêu chuẩn lao động hoặc nơi tư vấn.",
            "id": "Catat jam mulai dan selesai setiap hari, lalu bicarakan dengan kantor pengawas standar ketenagakerjaan atau layanan konsultasi.",
        },
        "questions": [
            (
                "long_overtime",
                "yes",
                "serious",
                ("overtime",),
                ("lsa32",),
                "hotline",
                {
                    "ja": (
                        "残業が月45時間を超えることがよくありますか。",
                        "残業の上限は原則として月45時間、年360時間です。長時間労働は健康を害します。",
                    ),
                    "en": (
                        "Do you often work more than 45 hours of overtime a month?",
                        "Overtime is, as a rule, limited to 45 hours a month and 360 hours a year; long hours harm your health.",
                    ),
                    "vi": (
                        "Bạn có thường làm thêm hơn 45 giờ một tháng không?",
                        "Về nguyên tắc, giờ làm thêm tối đa 45 giờ một tháng và 360 giờ một năm; làm việc quá nhiều giờ hại sức khỏe.",
                    ),
                    "id": (
                        "Apakah Anda sering lembur lebih dari 45 jam sebulan?",
                        "Lembur pada dasarnya dibatasi 45 jam sebulan dan 360 jam setahun; jam kerja panjang merusak kesehatan.",
                    ),
                },
            ),
            (
                "weekly_rest",
                "no",
                "serious",
                ("overtime", "conditions"),
                ("lsa32",),
                "hotline",
                {
                    "ja": (
                        "少なくとも1週間に1日は休みがありますか。",
                        "会社は毎週少なくとも1日の休日を与えなければなりません。",
                    ),
                    "en": (
                        "Do you have at least one day off every week?",
                        "The employer must give at least one day off every week.",
                    ),
                    "vi": (
                        "Bạn có ít nhất một ngày nghỉ mỗi tuần không?",
                        "Người sử dụng lao động phải cho nghỉ ít nhất một ngày mỗi tuần.",
                    ),
                    "id": (
                        "Apakah Anda mendapat paling sedikit satu hari libur setiap minggu?",
                        "Pemberi kerja wajib memberi paling sedikit satu hari libur setiap minggu.",
                    ),
                },
            ),
            (
                "paid_leave",
                "no",
                "caution",
                ("conditions",),
                ("lsa39",),
                "hotline",
                {
                    "ja": (
                        "6か月以上働いている場合、年次有給休暇をもらえていますか。",
                        "6か月働くと、実習生や特定技能の人にも年次有給休暇があります。",
                    ),
                    "en": (
                        "If you have worked for 6 months or more, do you get paid annual leave?",
                        "After 6 months, trainees and specified skilled workers also have paid annual leave.",
                    ),
                    "vi": (
                        "Nếu đã làm từ 6 tháng trở lên, bạn có được nghỉ phép năm có lương không?",
                        "Sau 6 tháng, thực tập sinh và lao động kỹ năng đặc định cũng có ngày nghỉ phép năm có lương.",
                    ),
                    "id": (
                        "Jika sudah bekerja 6 bulan atau lebih, apakah Anda mendapat cuti tahunan berbayar?",
                        "Setelah 6 bulan, peserta magang dan pekerja berketerampilan khusus juga berhak atas cuti tahunan berbayar.",
                    ),
                },
            ),
            (
                "leave_refused",
                "yes",
                "caution",
                ("conditions", "intimidation"),
                ("lsa39",),
                "hotline",
                {
                    "ja": (
                        "休みたいと言うと、怒られたり、給料を減らすと言われたりしますか。",
                        "有給休暇を取ったことを理由に給料を減らすなどの不利益な扱いはしてはいけません。",
                    ),
                    "en": (
                        "When you ask for leave, are you scolded or told your pay will be cut?",
                        "Workers may not be treated unfavourably, for example with pay cuts, for taking paid leave.",
                    ),
                    "vi": (
                        "Khi xin nghỉ, bạn có bị mắng hoặc bị dọa trừ lương không?",
                        "Không được đối xử bất lợi, như giảm lương, vì người lao động nghỉ phép có lương.",
                    ),
                    "id": (
                        "Saat meminta cuti, apakah Anda dimarahi atau diancam potong gaji?",
                        "Pekerja tidak boleh diperlakukan merugikan, misalnya dipotong upah, karena mengambil cuti berbayar.",
                    ),
                },
            ),
            (
                "breaks",
                "no",
                "caution",
                ("conditions",),
                ("lsa32",),
                "hotline",
                {
                    "ja": (
                        "6時間を超えて働く日に、休憩がありますか。",
                        "6時間を超えると45分以上、8時間を超えると1時間以上の休憩が必要です。",
                    ),
                    "en": (
                        "On days when you work more than 6 hours, do you get a break?",
                        "Over 6 hours of work needs a break of at least 45 minutes, over 8 hours at least one hour.",
                    ),
                    "vi": (
                        "Vào ngày làm hơn 6 giờ, bạn có được nghỉ giải lao không?",
                        "Làm hơn 6 giờ phải được nghỉ ít nhất 45 phút, hơn 8 giờ ít nhất một giờ.",
                    ),
                    "id": (
                        "Pada hari Anda bekerja lebih dari 6 jam, apakah ada waktu istirahat?",
                        "Kerja lebih dari 6 jam wajib istirahat paling sedikit 45 menit, lebih dari 8 jam paling sedikit satu jam.",
                    ),
                },
            ),
            (
                "night_work",
                "yes",
                "caution",
                ("overtime", "wages"),
                ("lsa37",),
                "hotline",
                {
                    "ja": (
                        "夜10時から朝5時の間に働いても、深夜の割増がつかないことがありますか。",
                        "夜10時から朝5時の労働には25%以上の深夜割増が必要です。",
                    ),
                    "en": (
                        "Do you work between 10 pm and 5 am without the night premium?",
                        "Work between 10 pm and 5 am must be paid at least 25% extra.",
                    ),
                    "vi": (
                        "Bạn có làm việc từ 22 giờ đến 5 giờ sáng mà không được phụ cấp làm đêm không?",
                        "Làm việc từ 22 giờ đến 5 giờ sáng phải được trả thêm ít nhất 25%.",
                    ),
                    "id": (
                        "Apakah Anda bekerja antara pukul 22.00 dan 05.00 tanpa tambahan upah malam?",
                        "Kerja antara pukul 22.00 dan 05.00 wajib dibayar tambahan paling sedikit 25%.",
                    ),
                },
            ),
        ],
    },
    {
        "key": "safety",
        "title": {
            "ja": "安全と健康",
            "en": "Safety and health",
            "vi": "An toàn và sức khỏe",
            "id": "Keselamatan dan kesehatan",
        },
        "action": {
            "ja": "けがや病気は記録し、病院で「仕事中のけが」と伝えてください。労働基準監督署に相談できます。",
            "en": "Record injuries and illness, and tell the hospital it happened at work. A labour standards inspection office can help.",
            "vi": "Hãy ghi lại chấn thương và bệnh tật, và nói với bệnh viện rằng đó là tai nạn lao động. Văn phòng thanh tra tiêu chuẩn lao động có thể giúp.",
            "id": "Catat cedera dan penyakit, dan katakan kepada rumah sakit bahwa itu terjadi saat bekerja. Kantor pengawas standar ketenagakerjaan dapat membantu.",
        },
        "questions": [
            (
                "safety_training",
                "no",
                "caution",
                ("conditions",),
                ("isha59",),
                "hotline",
                {
                    "ja": (
                        "わかる言葉で安全の教育を受けましたか。",
                        "会社は雇う時や作業が変わる時に、安全衛生教育をする義務があります。",
                    ),
                    "en": (
                        "Did you get safety training in a language you understand?",
                        "The employer must give safety and health training when hiring and when the work changes.",
                    ),
                    "vi": (
                        "Bạn có được đào tạo an toàn bằng ngôn ngữ bạn hiểu không?",
                        "Công ty có nghĩa vụ đào tạo an toàn vệ sinh khi tuyển dụng và khi thay đổi công việc.",
                    ),
                    "id": (
                        "Apakah Anda mendapat pelatihan keselamatan dalam bahasa yang Anda pahami?",
                        "Perusahaan wajib memberi pelatihan keselamatan dan kesehatan saat merekrut dan saat pekerjaan berubah.",
                    ),
                },
            ),
            (
                "protective_gear",
                "no",
                "caution",
                ("conditions",),
                ("isha59",),
                "hotline",
                {
                    "ja": (
                        "危ない作業に必要な保護具（ヘルメット、手袋など）を会社が用意していますか。",
                        "危険を防ぐ措置は会社の義務です。",
                    ),
                    "en": (
                        "Does the company provide the protective gear (helmet, gloves …) that dangerous work needs?",
                        "Preventing danger is the employer's duty.",
                    ),
                    "vi": (
                        "Công ty có cung cấp đồ bảo hộ (mũ, găng tay …) cần cho công việc nguy hiểm không?",
                        "Phòng ngừa nguy hiểm là nghĩa vụ của công ty.",
                    ),
                    "id": (
                        "Apakah perusahaan menyediakan alat pelindung (helm, sarung tangan …) untuk pekerjaan berbahaya?",
                        "Mencegah bahaya adalah kewajiban pemberi kerja.",
                    ),
                },
            ),
            (
                "injury_hidden",
                "yes",
                "serious",
                ("conditions", "intimidation"),
                (),
                "hotline",
                {
                    "ja": (
                        "仕事中のけがを、病院で「仕事中ではない」と言うように言われましたか。",
                        "労災を隠すことは犯罪です。仕事中のけがは労災保険で治療費などが支払われます。",
                    ),
                    "en": (
                        "Were you told to say at the hospital that an injury at work did not happen at work?",
                        "Hiding a work accident is a crime. Workers' accident insurance pays for treatment of injuries at work.",
                    ),
                    "vi": (
                        "Bạn có bị bảo nói với bệnh viện rằng chấn thương khi làm việc không phải do công việc không?",
                        "Che giấu tai nạn lao động là tội phạm. Bảo hiểm tai nạn lao động chi trả chi phí điều trị chấn thương khi làm việc.",
                    ),
                    "id": (
                        "Apakah Anda disuruh berkata di rumah sakit bahwa cedera kerja tidak terjadi saat bekerja?",
                        "Menyembunyikan kecelakaan kerja adalah kejahatan. Asuransi kecelakaan kerja membayar pengobatan cedera kerja.",
                    ),
                },
            ),
            (
                "health_check",
                "no",
                "caution",
                ("conditions",),
                (),
                "hotline",
                {
                    "ja": (
                        "年に1回、会社の健康診断を受けていますか。",
                        "会社は年に1回、健康診断を受けさせる義務があります。",
                    ),
                    "en": (
                        "Do you have a health check from the company once a year?",
                        "The employer must provide a health check once a year.",
                    ),
                    "vi": (
                        "Bạn có được công ty cho khám sức khỏe mỗi năm một lần không?",
                        "Công ty có nghĩa vụ cho khám sức khỏe mỗi năm một lần.",
                    ),
                    "id": (
                        "Apakah Anda mendapat pemeriksaan kesehatan dari perusahaan setahun sekali?",
                        "Perusahaan wajib menyediakan pemeriksaan kesehatan setahun sekali.",
                    ),
                },
            ),
            (
                "work_sick",
                "yes",
                "serious",
                ("conditions", "intimidation"),
                ("lsa5",),
                "hotline",
                {
                    "ja": (
                        "病気やけがの時も、休ませてもらえずに働かされますか。",
                        "病気の人を無理に働かせることは健康を害し、おどして働かせれば強制労働にあたります。",
                    ),
                    "en": (
                        "Are you made to work even when you are ill or injured?",
                        "Making a sick worker work harms their health; doing so by threats is forced labour.",
                    ),
                    "vi": (
                        "Bạn có bị bắt làm việc cả khi bị ốm hay bị thương không?",
                        "Bắt người bị ốm làm việc gây hại sức khỏe; ép buộc bằng đe dọa là lao động cưỡng bức.",
                    ),
                    "id": (
                        "Apakah Anda dipaksa bekerja meski sakit atau cedera?",
                        "Memaksa pekerja yang sakit bekerja merusak kesehatan; memaksanya dengan ancaman adalah kerja paksa.",
                    ),
                },
            ),
            (
                "dangerous_machine",
                "yes",
                "caution",
                ("conditions",),
                ("isha59",),
                "hotline",
                {
                    "ja": (
                        "教わっていない危険な機械を使うように言われますか。",
                        "危険な機械の操作には教育や資格が必要なことがあります。",
                    ),
                    "en": (
                        "Are you told to use dangerous machines you were not trained on?",
                        "Dangerous machines may need training or a licence to operate.",
                    ),
                    "vi": (
                        "Bạn có bị bảo dùng máy móc nguy hiểm mà chưa được hướng dẫn không?",
                        "Vận hành máy nguy hiểm có thể cần đào tạo hoặc chứng chỉ.",
                    ),
                    "id": (
                        "Apakah Anda disuruh memakai mesin berbahaya tanpa pelatihan?",
                        "Mesin berbahaya mungkin memerlukan pelatihan atau lisensi untuk dioperasikan.",
                    ),
                },
            ),
        ],
    },
    {
        "key": "harassment",
        "title": {
            "ja": "ハラスメントと自由",
            "en": "Harassment and freedom",
            "vi": "Quấy rối và tự do",
            "id": "Pelecehan dan kebebasan",
        },
        "action": {
            "ja": "いつ、誰に、何をされたかをメモし、相談窓口に相談してください。危険な時は110番に電話してください。",
            "en": "Write down when, who and what happened, and talk to a consultation desk. If you are in danger, call 110.",
            "vi": "Hãy ghi lại thời gian, người và sự việc, rồi hỏi ý kiến nơi tư vấn. Khi gặp nguy hiểm, hãy gọi 110.",
            "id": "Catat kapan, siapa, dan apa yang terjadi, lalu bicarakan dengan layanan konsultasi. Jika dalam bahaya, telepon 110.",
        },
        "questions": [
            (
                "violence",
                "yes",
                "serious",
                ("violence",),
                ("lsa5",),
                "hotline",
                {
                    "ja": (
                        "最近、職場でたたかれたり、けられたりしたことがありますか。",
                        "暴力は犯罪で、暴力による強制労働は禁止されています。",
                    ),
                    "en": (
                        "Recently, have you been hit or kicked at work?",
                        "Violence is a crime, and forcing work by violence is forbidden.",
                    ),
                    "vi": (
                        "Gần đây, bạn có bị đánh hay đá ở nơi làm việc không?",
                        "Bạo lực là tội phạm, và ép làm việc bằng bạo lực là bị cấm.",
                    ),
                    "id": (
                        "Akhir-akhir ini, apakah Anda dipukul atau ditendang di tempat kerja?",
                        "Kekerasan adalah kejahatan, dan memaksa kerja dengan kekerasan dilarang.",
                    ),
                },
            ),
            (
                "verbal_abuse",
                "yes",
                "caution",
                ("intimidation",),
                ("policy30",),
                "hotline",
                {
                    "ja": (
                        "どなられたり、ばかにされたりすることがよくありますか。",
                        "ひどい言葉で人格を否定することはパワーハラスメントで、会社には防止する義務があります。",
                    ),
                    "en": (
                        "Are you often shouted at or insulted?",
                        "Insults that attack your dignity are power harassment, which the employer must prevent.",
                    ),
                    "vi": (
                        "Bạn có thường bị quát mắng hay xúc phạm không?",
                        "Lời lẽ xúc phạm nhân phẩm là quấy rối quyền lực, công ty có nghĩa vụ ngăn chặn.",
                    ),
                    "id": (
                        "Apakah Anda sering dibentak atau dihina?",
                        "Hinaan yang merendahkan martabat adalah pelecehan kekuasaan, yang wajib dicegah perusahaan.",
                    ),
                },
            ),
            (
                "sexual_harassment",
                "yes",
                "serious",
                ("violence",),
                ("eeoa11",),
                "hotline",
                {
                    "ja": (
                        "体をさわられたり、性的なことを言われたり、求められたりしたことがありますか。",
                        "セクシュアルハラスメントは許されません。会社には防止し、相談に対応する義務があります。",
                    ),
                    "en": (
                        "Have you been touched, or had sexual remarks or demands made to you?",
                        "Sexual harassment is not allowed; the employer must prevent it and handle complaints.",
                    ),
                    "vi": (
                        "Bạn có bị sờ mó, bị nói lời tục tĩu hoặc bị đòi hỏi tình dục không?",
                        "Quấy rối tình dục là không được phép; công ty phải ngăn chặn và xử lý khiếu nại.",
                    ),
                    "id": (
                        "Apakah Anda pernah disentuh, atau menerima ucapan atau permintaan seksual?",
                        "Pelecehan seksual tidak dibenarkan; perusahaan wajib mencegahnya dan menangani pengaduan.",
                    ),
                },
            ),
            (
                "threat_deport",
                "yes",
                "serious",
                ("intimidation", "vulnerability"),
                ("lsa5",),
                "otit",
                {
                    "ja": (
                        "「ビザを取り消す」「警察に言う」などとおどされたことがありますか。",
                        "在留資格を使っておどすことは、弱い立場の悪用と脅迫にあたります。",
                    ),
                    "en": (
                        "Have you been threatened, for example with losing your visa or with the police?",
                        "Threatening a worker through their residence status abuses their vulnerability and is intimidation.",
                    ),
                    "vi": (
                        "Bạn có bị đe dọa, ví dụ bị hủy visa hoặc báo cảnh sát không?",
                        "Đe dọa người lao động bằng tư cách lưu trú là lợi dụng hoàn cảnh yếu thế và đe dọa.",
                    ),
                    "id": (
                        "Apakah Anda pernah diancam, misalnya visa dicabut atau dilaporkan ke polisi?",
                        "Mengancam pekerja melalui status izin tinggalnya adalah penyalahgunaan kerentanan dan intimidasi.",
                    ),
                },
            ),
            (
                "quit_blocked",
                "yes",
                "serious",
                ("movement", "debt"),
                ("lsa5", "lsa16"),
                "fresc",
                {
                    "ja": (
                        "仕事をやめたい、転職したいと言ったら、罰金や借金で止められましたか。",
                        "違約金で退職を止めることは禁止です。特定技能の人は同じ分野で転職できます。",
                    ),
                    "en": (
                        "When you wanted to quit or change jobs, were you stopped with fines or debts?",
                        "Stopping a worker from leaving with penalties is forbidden; specified skilled workers may change jobs within their field.",
                    ),
                    "vi": (
                        "Khi muốn nghỉ việc hay chuyển việc, bạn có bị ngăn cản bằng tiền phạt hay nợ không?",
                        "Ngăn người lao động nghỉ việc bằng tiền phạt là bị cấm; lao động kỹ năng đặc định được chuyển việc trong cùng ngành.",
                    ),
                    "id": (
                        "Saat ingin berhenti atau pindah kerja, apakah Anda dihalangi dengan denda atau utang?",
                        "Menghalangi pekerja berhenti dengan denda dilarang; pekerja berketerampilan khusus boleh pindah kerja di bidang yang sama.",
                    ),
                },
            ),
            (
                "locked_in",
                "yes",
                "serious",
                ("movement", "isolation"),
                ("lsa5", "titp48"),
                "hotline",
                {
                    "ja": (
                        "寮や職場に閉じ込められたり、見張られたりしていますか。",
                        "閉じ込めや監視で働かせることは強制労働にあたり、禁止されています。",
                    ),
                    "en": (
                        "Are you locked in, or watched, at your housing or workplace?",
                        "Making someone work by confinement or surveillance is forced labour and is forbidden.",
                    ),
                    "vi": (
                        "Bạn có bị nhốt hoặc bị canh giữ ở ký túc xá hay nơi làm việc không?",
                        "Ép làm việc bằng cách giam giữ hay canh chừng là lao động cưỡng bức và bị cấm.",
                    ),
                    "id": (
                        "Apakah Anda dikurung atau diawasi di asrama atau tempat kerja?",
                        "Memaksa kerja dengan pengurungan atau pengawasan adalah kerja paksa dan dilarang.",
                    ),
                },
            ),
        ],
    },
]
