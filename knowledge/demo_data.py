"""The guidance taxonomy and legal references of the demo (knowledge.demo_guidance).

Names in every language of the site, so the guidance index reads naturally in each;
legal references in Japanese and English, and in Vietnamese, Indonesian and Myanmar
for the pages translated into them. Summaries are one plain sentence each.
"""

LANGS = ["ja", "en", "vi", "id", "tl", "my", "ne", "zh-hans", "km", "th", "mn"]


def _names(*names: str) -> dict[str, str]:
    return dict(zip(LANGS, names, strict=True))


TOPICS = {
    "before-coming": _names(
        "来日前に知ること",
        "Before coming to Japan",
        "Trước khi sang Nhật",
        "Sebelum datang ke Jepang",
        "Bago pumunta sa Japan",
        "ဂျပန်သို့ မလာမီ",
        "जापान आउनुअघि",
        "来日本之前",
        "មុនមកប្រទេសជប៉ុន",
        "ก่อนมาญี่ปุ่น",
        "Япон руу ирэхээс өмнө",
    ),
    "contracts-wages": _names(
        "契約と給料",
        "Contracts and wages",
        "Hợp đồng và tiền lương",
        "Kontrak dan gaji",
        "Kontrata at sahod",
        "စာချုပ်နှင့် လုပ်ခလစာ",
        "सम्झौता र तलब",
        "合同与工资",
        "កិច្ចសន្យា និងប្រាក់ឈ្នួល",
        "สัญญาและค่าจ้าง",
        "Гэрээ ба цалин",
    ),
    "fees-debts": _names(
        "手数料と借金（ゼロフィー）",
        "Fees and debts (zero-fee recruitment)",
        "Phí và nợ (tuyển dụng không thu phí)",
        "Biaya dan utang (rekrutmen tanpa biaya)",
        "Bayarin at utang (zero-fee recruitment)",
        "ပွဲခနှင့် အကြွေး (အခမဲ့ အလုပ်ခန့်ခြင်း)",
        "शुल्क र ऋण (शून्य शुल्क भर्ती)",
        "费用与债务（零收费招聘）",
        "ថ្លៃសេវា និងបំណុល (ការជ្រើសរើសដោយមិនគិតថ្លៃ)",
        "ค่าธรรมเนียมและหนี้สิน (จ้างงานแบบไม่เก็บค่าธรรมเนียม)",
        "Хураамж ба өр (төлбөргүй сонгон шалгаруулалт)",
    ),
    "hours-leave": _names(
        "労働時間と休み",
        "Working hours and leave",
        "Giờ làm việc và nghỉ phép",
        "Jam kerja dan cuti",
        "Oras ng trabaho at leave",
        "အလုပ်ချိန်နှင့် ခွင့်",
        "काम गर्ने समय र बिदा",
        "工作时间与休假",
        "ម៉ោងធ្វើការ និងការឈប់សម្រាក",
        "เวลาทำงานและวันลา",
        "Ажлын цаг ба чөлөө",
    ),
    "health-safety": _names(
        "健康と安全",
        "Health and safety",
        "Sức khỏe và an toàn",
        "Kesehatan dan keselamatan",
        "Kalusugan at kaligtasan",
        "ကျန်းမာရေးနှင့် ဘေးကင်းရေး",
        "स्वास्थ्य र सुरक्षा",
        "健康与安全",
        "សុខភាព និងសុវត្ថិភាព",
        "สุขภาพและความปลอดภัย",
        "Эрүүл мэнд ба аюулгүй байдал",
    ),
    "daily-life": _names(
        "毎日の生活",
        "Daily life",
        "Cuộc sống hằng ngày",
        "Kehidupan sehari-hari",
        "Pang-araw-araw na buhay",
        "နေ့စဉ်ဘဝ",
        "दैनिक जीवन",
        "日常生活",
        "ជីវិតប្រចាំថ្ងៃ",
        "ชีวิตประจำวัน",
        "Өдөр тутмын амьдрал",
    ),
    "trouble-consultation": _names(
        "トラブルと相談",
        "Trouble and where to get help",
        "Rắc rối và nơi tư vấn",
        "Masalah dan tempat konsultasi",
        "Problema at saan hihingi ng tulong",
        "ပြဿနာနှင့် တိုင်ပင်ရာနေရာ",
        "समस्या र परामर्श",
        "纠纷与咨询",
        "បញ្ហា និងកន្លែងប្រឹក្សា",
        "ปัญหาและการขอคำปรึกษา",
        "Асуудал ба зөвлөгөө",
    ),
    "changing-jobs": _names(
        "転職と帰国",
        "Changing jobs and going home",
        "Đổi việc và về nước",
        "Pindah kerja dan pulang",
        "Paglipat ng trabaho at pag-uwi",
        "အလုပ်ပြောင်းခြင်းနှင့် နေရပ်ပြန်ခြင်း",
        "काम परिवर्तन र स्वदेश फिर्ती",
        "换工作与回国",
        "ការផ្លាស់ប្តូរការងារ និងការត្រឡប់ទៅផ្ទះ",
        "การเปลี่ยนงานและการกลับประเทศ",
        "Ажил солих ба эх орондоо буцах",
    ),
    "careers": _names(
        "キャリア",
        "Careers",
        "Nghề nghiệp",
        "Karier",
        "Karera",
        "အသက်မွေးဝမ်းကျောင်း တိုးတက်ရေး",
        "करियर",
        "职业发展",
        "អាជីព",
        "เส้นทางอาชีพ",
        "Ажил мэргэжлийн өсөлт",
    ),
}

STAGES = {
    "before-departure": _names(
        "出発前",
        "Before departure",
        "Trước khi xuất cảnh",
        "Sebelum berangkat",
        "Bago umalis",
        "မထွက်ခွာမီ",
        "प्रस्थान अघि",
        "出发前",
        "មុនចេញដំណើរ",
        "ก่อนออกเดินทาง",
        "Явахаас өмнө",
    ),
    "first-three-months": _names(
        "最初の3か月",
        "The first three months",
        "Ba tháng đầu",
        "Tiga bulan pertama",
        "Unang tatlong buwan",
        "ပထမ သုံးလ",
        "पहिलो तीन महिना",
        "最初三个月",
        "បីខែដំបូង",
        "สามเดือนแรก",
        "Эхний гурван сар",
    ),
    "working-in-japan": _names(
        "日本で働く",
        "Working in Japan",
        "Làm việc tại Nhật",
        "Bekerja di Jepang",
        "Pagtatrabaho sa Japan",
        "ဂျပန်တွင် အလုပ်လုပ်ခြင်း",
        "जापानमा काम गर्दा",
        "在日本工作",
        "ធ្វើការនៅជប៉ុន",
        "ทำงานในญี่ปุ่น",
        "Японд ажиллах",
    ),
    "changing-or-going-home": _names(
        "転職・帰国",
        "Changing jobs or going home",
        "Đổi việc hoặc về nước",
        "Pindah kerja atau pulang",
        "Paglipat ng trabaho o pag-uwi",
        "အလုပ်ပြောင်း သို့မဟုတ် နေရပ်ပြန်",
        "काम परिवर्तन वा स्वदेश फिर्ती",
        "换工作或回国",
        "ផ្លាស់ប្តូរការងារ ឬត្រឡប់ទៅផ្ទះ",
        "เปลี่ยนงานหรือกลับประเทศ",
        "Ажил солих эсвэл буцах",
    ),
}

EGOV = "https://laws.e-gov.go.jp/law/"
LSA = {
    "ja": "労働基準法",
    "en": "Labour Standards Act",
    "vi": "Luật Tiêu chuẩn Lao động",
    "id": "Undang-Undang Standar Ketenagakerjaan",
    "my": "အလုပ်စံနှုန်းဥပဒေ",
}
IMMIGRATION = {
    "ja": "出入国管理及び難民認定法",
    "en": "Immigration Control and Refugee Recognition Act",
}


def _article(number: str) -> dict[str, str]:
    return {
        "ja": f"第{number}条",
        "en": f"Article {number}",
        "vi": f"Điều {number}",
        "id": f"Pasal {number}",
        "my": f"ပုဒ်မ {number}",
    }


# key: (law, article, url, summary); each a dict by language (the URL is one).
LAW_REFERENCES = {
    "minimum-wage-act-4": (
        {
            "ja": "最低賃金法",
            "en": "Minimum Wage Act",
            "vi": "Luật Lương tối thiểu",
            "id": "Undang-Undang Upah Minimum",
            "my": "အနည်းဆုံးလုပ်ခ ဥပဒေ",
        },
        _article("4"),
        EGOV + "334AC0000000137",
        {
            "ja": "会社は、最低賃金以上の賃金を払わなければなりません。",
            "en": "The employer must pay at least the minimum wage.",
            "vi": "Công ty phải trả lương ít nhất bằng mức lương tối thiểu.",
            "id": "Perusahaan wajib membayar paling sedikit upah minimum.",
            "my": "အလုပ်ရှင်သည် အနည်းဆုံးလုပ်ခထက် မနည်းအောင် ပေးရမည်။",
        },
    ),
    "lsa-15": (
        LSA,
        _article("15"),
        EGOV + "322AC0000000049",
        {
            "ja": "会社は、雇うときに賃金や労働時間などの条件を"
            "はっきり示さなければなりません。",
            "en": "When hiring, the employer must state the pay, hours and other "
            "conditions clearly.",
        },
    ),
    "lsa-16": (
        LSA,
        _article("16"),
        EGOV + "322AC0000000049",
        {
            "ja": "契約を守らなかったときの違約金や損害賠償の額を"
            "前もって決めることは禁止です。",
            "en": "Fixing in advance a penalty or damages for breaking the contract "
            "is prohibited.",
            "vi": "Cấm quy định trước tiền phạt hay tiền bồi "
            "thường khi vi phạm hợp đồng.",
            "id": "Dilarang menetapkan lebih dahulu denda atau ganti rugi jika "
            "kontrak dilanggar.",
            "my": "စာချုပ်ချိုးဖောက်လျှင် ပေးရမည့် ဒဏ်ငွေ သို့မဟုတ် လျော်ကြေးကို ကြိုတင်သတ်မှတ်ခြင်းကို တားမြစ်သည်။",
        },
    ),
    "lsa-18": (
        LSA,
        _article("18"),
        EGOV + "322AC0000000049",
        {
            "ja": "働く契約に付けて、会社が貯金をさせて管理する契約は禁止です。",
            "en": "The employer may not make you save money under its management "
            "as part of the work contract.",
            "vi": "Công ty không được bắt bạn gửi tiết kiệm do công ty quản lý kèm "
            "theo hợp đồng lao động.",
            "id": "Perusahaan tidak boleh mewajibkan Anda menabung dengan uang yang "
            "dikelolanya sebagai bagian dari kontrak kerja.",
            "my": "အလုပ်စာချုပ်နှင့်တွဲ၍ အလုပ်ရှင်က စီမံသော ငွေစုစေခြင်းကို တားမြစ်သည်။",
        },
    ),
    "lsa-24": (
        LSA,
        _article("24"),
        EGOV + "322AC0000000049",
        {
            "ja": "賃金は、お金で、直接、全額を、毎月1回以上、決まった日に払います。",
            "en": "Wages are paid in money, directly, in full, at least monthly, "
            "on a fixed day.",
            "vi": "Lương được trả bằng tiền, trực tiếp, đầy đủ, ít nhất mỗi tháng "
            "một lần, vào ngày cố định.",
            "id": "Gaji dibayar dengan uang, langsung, penuh, paling sedikit "
            "sebulan sekali, pada tanggal tetap.",
            "my": "လုပ်ခကို ငွေဖြင့်၊ တိုက်ရိုက်၊ အပြည့်အဝ၊ တစ်လလျှင် အနည်းဆုံး တစ်ကြိမ်၊ သတ်မှတ်နေ့တွင် ပေးရမည်။",
        },
    ),
    "lsa-37": (
        LSA,
        _article("37"),
        EGOV + "322AC0000000049",
        {
            "ja": "時間外、休日、深夜の労働には割増賃金を払います。",
            "en": "Overtime, work on days off and late-night work are paid at a "
            "higher rate.",
            "vi": "Làm thêm giờ, làm ngày nghỉ và làm đêm được trả lương cao hơn.",
            "id": "Lembur, kerja pada hari libur, dan kerja malam dibayar dengan "
            "tarif lebih tinggi.",
            "my": "အချိန်ပို၊ နားရက်နှင့် ညဉ့်နက်ပိုင်း အလုပ်များအတွက် ပိုများသောလုပ်ခ ပေးရမည်။",
        },
    ),
    "lsa-39": (
        LSA,
        _article("39"),
        EGOV + "322AC0000000049",
        {
            "ja": "6か月続けて働き8割以上出勤した人には、年次有給休暇があります。",
            "en": "After six months of work with 80% attendance, you are entitled "
            "to paid annual leave.",
            "vi": "Sau 6 tháng làm việc liên tục và đi làm từ 80% trở lên, bạn có "
            "quyền nghỉ phép năm có lương.",
            "id": "Setelah enam bulan bekerja dengan kehadiran 80%, Anda berhak "
            "atas cuti tahunan berbayar.",
            "my": "ခြောက်လ ဆက်တိုက်အလုပ်လုပ်ပြီး ၈၀% တက်ရောက်လျှင် လစာပြည့် နှစ်ပတ်လည်ခွင့် ရထိုက်သည်။",
        },
    ),
    "titp-act-48": (
        {
            "ja": "技能実習法",
            "en": "Technical Intern Training Act",
            "vi": "Luật Thực tập Kỹ năng",
            "id": "Undang-Undang Pemagangan Teknis",
            "my": "နည်းပညာအလုပ်သင် ဥပဒေ",
        },
        _article("48"),
        EGOV + "428AC0000000089",
        {
            "ja": "技能実習生のパスポートや在留カードを預かることは禁止です。",
            "en": "No one may keep a technical intern's passport or residence card.",
            "vi": "Không ai được giữ hộ chiếu hay thẻ lưu trú của thực tập sinh.",
            "id": "Tidak seorang pun boleh menyimpan paspor atau kartu izin tinggal "
            "peserta pemagangan.",
            "my": "နည်းပညာအလုပ်သင်၏ နိုင်ငံကူးလက်မှတ် သို့မဟုတ် နေထိုင်ခွင့်ကတ်ကို မည်သူမျှ သိမ်းထားခွင့် မရှိ။",
        },
    ),
    "health-insurance-act": (
        {"ja": "健康保険法", "en": "Health Insurance Act"},
        {"ja": "", "en": ""},
        EGOV + "211AC0000000070",
        {
            "ja": "会社で働く人とその家族の医療保険を定めています。",
            "en": "Sets out health insurance for employees and their families.",
        },
    ),
    "iaci-act": (
        {
            "ja": "労働者災害補償保険法",
            "en": "Industrial Accident Compensation Insurance Act",
        },
        {"ja": "", "en": ""},
        EGOV + "322AC0000000050",
        {
            "ja": "仕事や通勤によるけがや病気を補償します。",
            "en": "Compensates injury and illness caused by work or commuting.",
        },
    ),
    "immigration-act-19-16": (
        IMMIGRATION,
        {"ja": "第19条の16", "en": "Article 19-16"},
        EGOV + "326CO0000000319",
        {
            "ja": "所属機関との契約が終わったり変わったりしたら、"
            "14日以内に届け出ます。",
            "en": "Notify the Immigration Services Agency within 14 days when a "
            "contract with your employer ends or changes.",
        },
    ),
    "immigration-act-19-9": (
        IMMIGRATION,
        {"ja": "第19条の9", "en": "Article 19-9"},
        EGOV + "326CO0000000319",
        {
            "ja": "住む場所を変えたら、14日以内に市区町村に届け出ます。",
            "en": "Register your new address with the city office within 14 days "
            "of moving.",
        },
    ),
}
