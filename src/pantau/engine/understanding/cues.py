"""Cue phrases, grouped by what they say about an article, written against lower-cased text.

Indonesian builds words with affixes, so a cue is written once for its root with the affixed
forms the news uses: (di|me|pe)lapor(kan|an), (pe|me)langgar(an), (ke)tidak netral(an). These
families feed both the model (as counts) and the rules for type, stage and evidence.
"""

from __future__ import annotations

import re


def _family(*patterns: str) -> re.Pattern[str]:
    """One pattern for all alternatives, arranged for Python's backtracking engine.

    The word boundary is hoisted in front of the alternatives that start with one, and those are
    grouped by first letter, so at each word start the engine tries one small group instead of
    every alternative: about twenty times faster than a flat alternation, same matches.
    """
    by_letter: dict[str, list[str]] = {}
    other_anchored: list[str] = []
    loose: list[str] = []
    for pattern in patterns:
        if not pattern.startswith(r"\b"):
            loose.append(pattern)
            continue
        body = pattern[2:]
        if body[:1].isalpha() and body[1:2] not in ("?", "*", "+", "{", "|"):
            by_letter.setdefault(body[0], []).append(body[1:])
        else:
            other_anchored.append(body)
    anchored = [
        letter + "(?:" + "|".join(f"(?:{rest})" for rest in rests) + ")"
        for letter, rests in sorted(by_letter.items())
    ] + [f"(?:{body})" for body in other_anchored]
    parts = []
    if anchored:
        parts.append(r"\b(?:" + "|".join(anchored) + ")")
    parts += [f"(?:{p})" for p in loose]
    return re.compile("|".join(parts))


# --- Who ------------------------------------------------------------------------------------
# Civil servants, including contract staff (PPPK) and acting regional heads (Pj), who are ASN.
ASN_ACTOR = _family(
    r"\basn\b",
    r"\bpns\b",
    r"\bpppk\b",
    r"\baparatur sipil negara",
    r"\baparatur negara",
    r"\bpegawai negeri",
    r"\bp3k\b",
    r"\bcamat\b",
    r"\blurah\b",
    r"\bsekda\b",
    r"\bsekretaris daerah",
    r"\bsekretaris camat",
    r"\bsekcam\b",
    r"\bkepala dinas",
    r"\bkadis\b",
    r"\bkabid\b",
    r"\bkepala bidang",
    r"\bkasi\b",
    r"\bkepala seksi",
    r"\bkepala badan",
    r"\bkepala bagian",
    r"\bkabag\b",
    r"\bkepala sekolah",
    r"\bkepsek\b",
    r"\bguru\b",
    r"\bbidan\b",
    r"\btenaga kesehatan",
    r"\bkepala puskesmas",
    r"\b(pj|penjabat|plt|pjs)\.? ?(gubernur|bupati|wali ?kota|wako|walkot)",
    r"\bpejabat eselon",
    r"\beselon (ii|iii|iv|dua|tiga|empat)\b",
    r"\bpegawai (pemkab|pemkot|pemprov|pemda|kantor|kementerian|dinas|kemenag|kecamatan)",
    r"\bstaf (dinas|kecamatan|kelurahan|pemda|pemkab|pemkot|kantor)",
    r"\bkepala kantor\b",
    r"\bdosen (pns|asn)",
    r"\b(panitia|pokja|kelompok kerja) (pengadaan|lelang)",
    r"\b(kepala|sekretaris|staf|pegawai|pejabat|kabid|kasi|ketua \w+) (\w+ ){0,3}(di|pada) dinas\b",
    r"\binspektur\b",
)
# Actors whose neutrality falls under other rules: village and neighbourhood heads, KPU ad-hoc
# staff, elected regional heads and legislators, security forces.
NON_ASN_ACTOR = _family(
    r"\bkepala desa",
    r"\bkades\b",
    r"\bkeuchik\b",
    r"\bperbekel\b",
    r"\bgeuchik\b",
    r"\bwali nagari\b",
    r"\bperangkat desa",
    r"\baparat(ur)? desa",
    r"\bbpd\b",
    r"\bbadan permusyawaratan desa",
    r"\bketua rt\b",
    r"\bketua rw\b",
    r"\brt/rw\b",
    r"\brt dan rw\b",
    r"\brt rw\b",
    r"\bpps\b",
    r"\bkpps\b",
    r"\bpantarlih\b",
    r"\bpanitia pemungutan suara",
    r"\bpanitia pemilihan kecamatan",
    r"\bpenyelenggara (pemilu|adhoc|ad hoc|ad-hoc)",
    r"\bbadan ad ?hoc",
    r"\bad ?-?hoc\b",
    r"\bkepling\b",
    r"\bkepala lingkungan",
    r"\btni\b",
    r"\bpolri\b",
    r"\bkepolisian\b",
    r"\bpolisi\b",
    r"\bpolres\b",
    r"\bpolda\b",
    r"\bpolsek\b",
    r"\bbhabinkamtibmas\b",
    r"\bbabinsa\b",
    r"\bprajurit\b",
    r"\bpropam\b",
    r"\banggota dewan",
)
# Elected heads: "bupati X" without Pj in front. Matched separately so that "Pj Bupati" is not hit.
ELECTED_HEAD = re.compile(
    r"\b(?<!pj )(?<!pj\. )(?<!penjabat )(?<!plt )(?<!plt\. )(?<!pjs )(?<!calon )(?<!pemilihan )"
    r"(?<!kantor )(?<!pilkada )(?<!pendopo )"
    r"\b(gubernur|bupati|wali ?kota|wakil bupati|wakil gubernur|wakil wali ?kota|kepala daerah)\b"
    r"\b(?! dan wakil)"
)
NOT_ASN_STATEMENT = _family(
    r"\bbukan (seorang |merupakan )?(asn|pns|aparatur sipil negara|pegawai negeri)",
    r"\btidak termasuk (asn|aparatur sipil negara)",
    r"\bbukan bagian dari asn",
    r"\b(kades|kepala desa)[^.]{0,40}bukan",
)

# --- What is alleged ------------------------------------------------------------------------
NEUTRALITY = _family(
    r"\b(ke)?(tidak)?netral",
    r"\bketidak netral",
    r"\bkeberpihakan",
    r"\btidak berpihak",
    r"\bmemihak",
)
ALLEGATION = _family(
    r"\bdiduga\b",
    r"\bdugaan\b",
    r"\bterduga\b",
    r"\boknum\b",
    r"\bviral\b",
    r"\bberedar\b",
    r"\bkedapatan\b",
    r"\bterekam\b",
    r"\btertangkap kamera\b",
    r"\bterpantau\b",
    r"\bterlihat\b",
    r"\btampak\b",
    r"\bketahuan\b",
    r"\bterbukti\b",
    r"\bterlibat\b",
    r"\bketerlibatan\b",
    r"\bdisinyalir\b",
    r"\bditengarai\b",
    r"\bdisebut(-sebut)?\b",
)
# Someone in particular: a person described, counted one by one, or referred back to.
INDIVIDUAL = _family(
    r"\bseorang (asn|pns|guru|camat|lurah|kepala|pegawai|staf|oknum|pejabat|aparatur|bidan)",
    r"\bsalah (satu|seorang) (asn|pns|guru|camat|lurah|kepala|pegawai|oknum|pejabat|aparatur)",
    r"\boknum\b",
    r"\byang bersangkutan\b",
    r"\bterlapor\b",
    r"\bberinisial\b",
    r"\binisial\b",
    r"\b(dua|tiga|empat|lima|\d) (orang )?(asn|pns|guru|camat|lurah|kepala|pegawai|pejabat)",
    r"\bsaat dikonfirmasi\b",
    r"\bmembantah\b",
    r"\bmengaku\b",
)
# Behaviour: what was done (the type rules use their own families below).
CAMPAIGN_BEHAVIOUR = _family(
    r"\b(ber|meng|mengk|di|dik|ter)?kampanye",
    r"\bmendukung",
    r"\b(ber)?dukungan",
    r"\bdukung\b",
    r"\bmemilih (pasangan|paslon|calon|salah satu|nomor)",
    r"\bpaslon\b",
    r"\bpasangan calon",
    r"\bbakal calon",
    r"\bbacalon\b",
    r"\bcaleg\b",
    r"\bcapres\b",
    r"\bcalon (bupati|gubernur|wali ?kota|presiden|anggota|legislatif|kepala daerah)",
    r"\bpose (satu|dua|tiga|empat|jari)",
    r"\b(gestur|simbol|salam) (satu|dua|tiga|empat|jari)",
    r"\bfoto bersama",
    r"\bberfoto",
)

# --- What the article does instead of reporting an incident --------------------------------
APPEAL = _family(
    r"\bmengimbau\b",
    r"\bimbau(an)?\b",
    r"\bdiimbau\b",
    r"\bmengingatkan\b",
    r"\bdiingatkan\b",
    r"\bmeminta (seluruh|semua|para|agar|kepada seluruh|kepada semua|kepada para|asn|pns)",
    r"\bberpesan\b",
    r"\bmenegaskan (agar|bahwa seluruh|kepada seluruh)",
    r"\bharus (tetap )?netral\b",
    r"\bwajib (menjaga )?netral",
    r"\bjangan (sampai|terlibat|ikut)",
    r"\bdiharapkan\b",
    r"\bmengajak (seluruh|semua|para) (asn|pns|pegawai)",
    r"\bdilarang\b",
    r"\bmenjaga netralitas\b",
    r"\b(meminta|mendesak|minta) (pemerintah|pemprov|pemkab|pemkot|pemda|bkn|kasn|kepala daerah|penjabat|"
    r"pj|gubernur|bupati|wali ?kota)\b[^.]{0,60}\b(tegas|menindak|netral|mengingatkan|menertibkan)",
)
OUTREACH = _family(
    r"\b(men|meny|di|ter)?sosialisasi",
    r"\bapel\b",
    r"\bbimtek\b",
    r"\bbimbingan teknis",
    r"\bpeluncuran\b",
    r"\b(me)?luncurkan\b",
    r"\blaunching\b",
    r"\bseminar\b",
    r"\bwebinar\b",
    r"\bworkshop\b",
    r"\blokakarya\b",
    r"\bpenyuluhan\b",
    r"\bkampanye netralitas\b",
    r"\bgerakan\b",
    r"\bpojok pengawasan\b",
    r"\bsekolah kader\b",
    r"\bmengajak (masyarakat|warga|media|wartawan|pemilih|pemuda|mahasiswa)[^.]{0,40}"
    r"\b(mengawasi|memantau|melapor|mengawal)",
    r"\b(ngopi|ngobrol|diskusi santai|coffee morning)\b",
)
PLEDGE = _family(
    r"\bikrar\b",
    r"\bberikrar\b",
    r"\bpakta integritas",
    r"\bdeklarasi netralitas",
    r"\bdeklarasi[^.]{0,60}(menjaga netralitas|netral)",
    r"\bpembacaan deklarasi",
    r"\bdeklarasi (asn|pns) netral",
    r"\bmendeklarasikan netralitas",
    r"\bmenandatangani (pakta|komitmen|pernyataan)",
    r"\bpenandatanganan (pakta|komitmen|pernyataan)",
    r"\bkomitmen netralitas\b",
    r"\bsumpah\b",
    r"\bmengucapkan janji\b",
)
MEETING = _family(
    r"\brakor(nas|da|wil|tek)?\b",
    r"\brapat koordinasi",
    r"\bkoordinasi nasional",
    r"\bkonsolidasi nasional\b",
    r"\bfgd\b",
    r"\bfocus group discussion",
    r"\bdiskusi (publik|kelompok|terbatas)",
    r"\bdialog\b",
    r"\brapat kerja\b",
    r"\braker\b",
    r"\bforum koordinasi\b",
    r"\bmenggelar rapat\b",
    r"\bpertemuan koordinasi\b",
)
STATISTICS = _family(
    r"\bsebanyak \d",
    r"\bberjumlah\b",
    r"\bjumlah (pelanggaran|kasus|laporan|temuan|asn)",
    r"\btotal\b",
    r"\btercatat\b",
    r"\bmencatat\b",
    r"\brekapitulasi\b",
    r"\bpersen\b",
    r"\b\d+ ?%",
    r"\bdata (bawaslu|kasn|bkn)",
    r"\bberdasarkan data\b",
    r"\bindeks kerawanan",
    r"\bikp\b",
    r"\b\d[\d.,]* (kasus|pelanggaran|laporan|temuan|asn|pns|pegawai|daerah|kabupaten)",
    r"\bterbanyak\b",
    r"\bperingkat\b",
    r"\bmeningkat\b",
    r"\bmenurun\b",
    r"\bsepanjang (tahun|pemilu|pilkada)",
    r"\b(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan) "
    r"(laporan|kasus|pelanggaran|temuan|pemda|pemerintah daerah|kabupaten)",
    r"\bselama (tahapan|pemilu|pilkada)",
)
# Overviews speak of cases in the mass ("sejumlah dugaan pelanggaran", "beberapa ASN"), reports
# of an incident speak of someone.
VAGUE_MASS = _family(
    r"\b(sejumlah|beberapa|sebagian besar|berbagai|banyak|mayoritas|rata-rata) (\w+ )?"
    r"(dugaan|indikasi|kasus|pelanggaran|laporan|temuan|asn|pns|pegawai|aduan)",
    r"\b(kondusif|secara umum|secara keseluruhan|sepanjang tahapan|selama tahapan|tahap toleransi)\b",
    r"\b(tren|trend|kecenderungan|modus)\b",
)
EXPLAINER = _family(
    r"\bundang-undang\b",
    r"\buu (nomor|no\.?) ?\d",
    r"\bperaturan pemerintah\b",
    r"\bpp (nomor|no\.?) ?\d",
    r"\bsurat edaran\b",
    r"\bskb\b",
    r"\bsurat keputusan bersama",
    r"\bpasal \d",
    r"\bketentuan\b",
    r"\baturan\b",
    r"\bregulasi\b",
    r"\bapa saja\b",
    r"\bberikut (ini )?(adalah|daftar|larangan|aturan|sanksi)",
    r"\bjenis sanksi\b",
    r"\b(kenapa|mengapa|bolehkah|apakah) (asn|pns|pegawai)",
    r"\btanya jawab\b",
    r"\bpenjelasannya\b",
    r"\bbegini (cara|penjelasan|aturan|ketentuan)",
    r"\bcaranya\b",
    r"\bpedoman netralitas\b",
    r"\b(men)?jelaskan (\w+ ){0,2}(aturan|batas|larangan|ketentuan|sanksi)",
)
OPINION = _family(
    r"\bopini\b",
    r"\bkolom\b",
    r"\besai\b",
    r"\btajuk\b",
    r"\bpenulis adalah\b",
    r"\boleh ?: ?[a-z]",
    r"\btajuk rencana\b",
    r"\bmenurut (saya|hemat saya|penulis)\b",
    r"\bsaya (kira|pikir|rasa)\b",
    r"\bkita (perlu|harus|semua)\b",
    r"\bartikel ini\b",
    r"\bpandangan\b",
)
# Election news that is not about ASN neutrality.
OTHER_ELECTION = _family(
    r"\bpolitik uang",
    r"\bmoney politic",
    r"\bserangan fajar",
    r"\blogistik\b",
    r"\bsurat suara",
    r"\bkotak suara",
    r"\bdpt\b",
    r"\bdaftar pemilih",
    r"\bpendaftaran (bakal )?(pasangan )?calon\b",
    r"\bberkas (pencalonan|syarat|persyaratan)",
    r"\bverifikasi (faktual|administrasi)",
    r"\bapk\b",
    r"\balat peraga kampanye",
    r"\bbaliho\b",
    r"\bvideotron\b",
    r"\bcuti kampanye",
    r"\bdebat (publik|kandidat|paslon|calon)",
    r"\bpemungutan suara ulang\b",
    r"\bpsu\b",
    r"\brekapitulasi suara\b",
    r"\bsengketa\b",
    r"\bmahkamah konstitusi\b",
    r"\bpartisipasi pemilih\b",
    r"\bquick count\b",
    r"\bhitung cepat\b",
)

# --- How far a case has gone (CONTRACT.md stages), most advanced last -----------------------
# A cue only counts in the past or present: "akan direkomendasikan" is still an examination.
# Strong markers plan or ask for the step for the whole sentence ("akan melakukan kajian, ...
# kajian awal"); weak ones only within their clause ("belum masuk tahapan kampanye, kami
# merekomendasikan" is a recommendation made).
FUTURE_OR_REQUEST = re.compile(
    r"\b(akan|bakal|rencananya|segera|hendak|meminta|mendesak|minta|diminta|didesak|silakan|"
    r"silahkan|mempersilakan|mempersilahkan|persilakan|persilahkan|berharap|menunggu|ingin|agar|"
    r"supaya)\b"
)
CONDITION = re.compile(
    r"\b(bisa|dapat|terancam|jika|apabila|bila|kalau|seandainya|berpotensi|sedang disiapkan|belum|"
    r"wajib|harus|perlu|tidak akan|biasanya|hanya sebatas|berupa|ancaman|sanksinya|apakah)\b"
)
# A statement that opens with a condition ("Kalau sudah lengkap, baru kami registrasi") is
# conditional to its end, across the clause break after the condition.
OPENING_CONDITION = re.compile(r"^\W*(kalau|jika|apabila|bila|seandainya|andaikan|andai)\b")
EVIDENCE_REQUEST = re.compile(
    r"\b(meminta|minta|diminta|memintai|dimintai) (\w+ ){0,1}(keterangan|klarifikasi|penjelasan|salinan|rekaman|"
    r"dokumen|data|bukti)\b"
)
CLAUSE_BREAK = re.compile(r"[,;:]|\b(dan|namun|tetapi|sedangkan|sementara)\b")
# A contrast opens a new statement: "akan menangani kades, sedangkan PNS itu sudah dipanggil".
CONTRAST_BREAK = re.compile(r";|\b(namun|tetapi|sedangkan|sementara itu)\b")
# "laporan lain dihentikan": the step of another case in the same article.
# "dua di antaranya dihentikan", "sisanya masih dikaji": part of a tally of cases, not this one.
OTHER_CASE = re.compile(
    r"\b(laporan|kasus|dugaan|perkara|temuan) (yang )?lain(nya)?\b"
    r"|\b(di antaranya|sisanya|selebihnya|dari jumlah (itu|tersebut))\b"
)
STAGE_CUES: dict[str, re.Pattern[str]] = {
    "reported": _family(
        r"\bdilaporkan\b",
        r"\bmelaporkan\b",
        r"\blaporan (ke|kepada|dari|masyarakat|warga|resmi|dugaan|terkait|tersebut|itu)",
        r"\bpelapor\b",
        r"\bmengadukan\b",
        r"\bdiadukan\b",
        r"\baduan\b",
        r"\bpengaduan\b",
        r"\bmengadu (\w+ ){0,2}(ke|kepada)\b",
        r"\b(melayangkan|membuat|mengajukan|memasukkan) (\w+ ){0,1}(laporan|aduan|pengaduan)\b",
        r"\blaporan (\w+ ){0,2}(dilayangkan|diajukan|dimasukkan)\b",
        r"\b(menyurati|mendatangi|menyambangi) (kantor )?(bawaslu|panwaslu|panwaslih|panwascam)\b",
        r"\bmembawa (\w+ ){0,4}(ke|kepada) (bawaslu|panwaslu|panwaslih|panwascam|pengawas)\b",
        r"\bbahan laporan\b",
        r"\b(meminta|mendesak|mendorong) (pihak )?(bawaslu|panwaslu|panwas|pengawas)",
        r"\b(bawaslu|panwaslu|panwaslih)[^.]{0,30}\b(harus|diminta|didesak) (segera )?"
        r"\b(menindak|memproses|mengusut|turun)",
        r"\bmenerima laporan\b",
        r"\bmelapor (\w+ ){0,2}(ke|kepada) (bawaslu|panwaslu|panwaslih|panwascam|pengawas)",
        r"\blaporan (itu|tersebut|ini) (diterima|masuk)",
        r"\b(membagikan|mengirim|mengirimkan|menyerahkan|menyampaikan|meneruskan)(nya)? (\w+ ){0,3}"
        r"\b(ke|kepada) (bawaslu|panwaslu|panwaslih|panwascam|pengawas)",
        r"\b(diserahkan|dikirim|dikirimkan|disampaikan|diadukan) (\w+ ){0,3}(ke|kepada) "
        r"(bawaslu|panwaslu|panwaslih|panwascam|pengawas)",
    ),
    "under_examination": _family(
        r"\bklarifikasi\b",
        r"\bmengklarifikasi\b",
        r"\bdiklarifikasi\b",
        r"\bmemanggil\b",
        r"\bdipanggil\b",
        r"\bpemanggilan\b",
        r"\bmemeriksa\b",
        r"\bdiperiksa\b",
        r"\bpemeriksaan\b",
        r"\bmenelusuri\b",
        r"\bditelusuri\b",
        r"\bpenelusuran\b",
        r"\bkajian\b",
        r"\bmengkaji\b",
        r"\bdikaji\b",
        r"\b(sedang|masih|tengah) (\w+ )?(kaji|dikaji|kami kaji|diproses|dipelajari|mempelajari)\b",
        r"\binvestigasi\b",
        r"\bmendalami\b",
        r"\bdidalami\b",
        r"\bmenyelidiki\b",
        r"\bpenyelidikan\b",
        r"\bmenindaklanjuti\b",
        r"\bditindaklanjuti\b",
        r"\bsedang (ditangani|diproses|menangani|memproses)\b",
        r"\bpenanganan (kasus|dugaan|laporan|perkara|temuan)",
        r"\b(telah|sudah|masih|tengah|sedang) (\w+ )?menangani\b",
        r"\bdiregistrasi\b",
        r"\bregistrasi\b",
        r"\bmengumpulkan (bukti|keterangan|alat bukti)",
        r"\bmeminta keterangan\b",
        r"\bdimintai keterangan\b",
        r"\b(beri|memberi|memberikan) keterangan (ke|kepada|di) (bawaslu|panwas)",
        r"\bmengusut\b",
        r"\bdiusut\b",
        r"\brapat pleno\b",
        r"\b(memproses|memverifikasi|diverifikasi|verifikasi)\b",
        r"\b(meminta|menggali|menghimpun|memintai) (\w+ ){0,1}(keterangan|penjelasan|salinan|rekaman|dokumen|"
        r"data|bukti)\b",
        r"\b(mengumpulkan|menghimpun) (\w+ ){0,1}(data|informasi|dokumen)\b",
        r"\b(menginvestigasi|diinvestigasi|mengecek|pengecekan|menyelidik)\b",
        # Bawaslu's finding that the rule was broken ends its examination; until the finding is
        # forwarded (to BKN, KASN, the PPK) the case is not yet "recommended" (CONTRACT.md).
        r"\bmemenuhi unsur(?<!tidak memenuhi unsur)(?<!tak memenuhi unsur)(?<!belum memenuhi unsur)\b",
        r"\bdinyatakan (terbukti )?melanggar\b",
    ),
    "recommended": _family(
        r"\bmerekomendasikan\b",
        r"\bdirekomendasikan\b",
        r"\brekomendasi (ke|kepada|bawaslu|tersebut|itu|sudah|telah|dikirim|disampaikan)",
        r"\brekomendasi(nya)? ((?!akan\b)\w+ ){0,2}(dikirim|dikirimkan|disampaikan|diteruskan|diserahkan|kami kirim|"
        r"kami sampaikan|kami teruskan|kami serahkan)",
        r"\b(diteruskan|meneruskan|diserahkan|dikirimkan|dikirim|disampaikan|dilimpahkan|"
        r"\bmelimpahkan|menyampaikan|mengirimkan|meneruskannya) (\w+ ){0,8}(ke|kepada) (\w+ (dan|serta) )?"
        r"\b(kasn|komisi asn|komisi aparatur|bkn|badan kepegawaian|ppk|pejabat pembina|"
        r"\bkemendagri|kementerian|gubernur|bupati|wali ?kota|inspektorat|atasan|instansi)",
        r"\bteruskan ke\b",
        # Forwarding names the case at length ("meneruskan kasus seorang pegawai yang ... ke BKN").
        r"\b(meneruskan|diteruskan|melimpahkan|dilimpahkan)\b[^.;]{0,160}?\b(ke|kepada) "
        r"(kasn|komisi asn|komisi aparatur|bkn|badan kepegawaian|ppk|pejabat pembina)\b",
        r"\b(kami |sudah |telah )rekomendasikan\b",
        r"\b(menyurati|mengirim surat (ke|kepada)) (kasn|komisi asn|bkn|badan kepegawaian|ppk|pejabat pembina)\b",
        r"\b(melaporkan|dilaporkan|dilimpahkan|melimpahkan) (\w+ ){0,3}(ke|kepada) "
        r"(kasn|komisi asn|bkn|badan kepegawaian)",
    ),
    "sanctioned": _family(
        r"\bdijatuhi\b",
        r"\bdijatuhkan\b",
        r"\bmenjatuhkan (sanksi|hukuman)",
        r"\b(diberi|diberikan|mendapat|mendapatkan|menerima|dikenai|dikenakan|memberikan|"
        r"\bmemberi) (\w+ ){0,2}(sanksi|hukuman|teguran)",
        r"\bsanksi (disiplin|moral|teguran|penurunan|penundaan|pemberhentian|administratif|"
        r"\bberat|sedang|ringan)",
        r"\bhukuman disiplin\b",
        r"\bdicopot\b",
        r"\bdinonjobkan\b",
        r"\b(dinonaktifkan|menonaktifkan)\b",
        r"\bdibebastugaskan\b",
        r"\bdiberhentikan\b",
        r"\bdiblokir\b",
        r"\bpemblokiran\b",
        r"\bditurunkan (pangkat|jabatan)",
        r"\bpenurunan (pangkat|jabatan)",
        r"\bteguran (tertulis|lisan|keras)",
        r"\b(menurunkan|diturunkan) (\w+ ){0,1}(jabatan|pangkat)(nya)?\b",
        r"\b(pemotongan|dipotong|memotong) (\w+ ){0,1}(tunjangan|tpp|gaji)\b",
        r"\b(penundaan|ditunda|menunda) (\w+ ){0,1}kenaikan (pangkat|gaji)\b",
        r"\b(dibebaskan|membebaskan) (\w+ ){0,2}dari jabatan(nya)?\b",
        r"\bdikenai (\w+ ){0,1}(sanksi|hukuman)\b",
    ),
    "dismissed": _family(
        r"\btidak terbukti\b",
        r"\btak terbukti\b",
        r"\bbelum terbukti\b",
        r"\btidak memenuhi unsur\b",
        r"\btak memenuhi unsur\b",
        r"\btidak (cukup|ditemukan) (bukti|unsur)",
        r"\bkurang bukti\b",
        r"\bdihentikan\b",
        r"\bpenghentian\b",
        r"\bmenghentikan\b",
        r"\btidak (dapat )?ditindaklanjuti\b",
        r"\bdinyatakan tidak (melanggar|bersalah)",
        r"\btidak ditemukan pelanggaran\b",
        r"\blaporan (itu |tersebut )?(ditolak|gugur)",
        r"\bdigugurkan\b",
        r"\bkedaluwarsa\b",
        r"\btidak memenuhi syarat (materiel|materil|formal|formil)",
        r"\btidak (dapat |bisa )?(kami )?(registrasi|diregistrasi)\b",
        r"\bdaluwarsa\b",
        # Only of a case: "tidak melanjutkan" alone is any plan dropped (studies, a candidacy).
        r"\b(laporan|kasus|penanganan|perkara|temuan|proses)(nya)? (\w+ ){0,3}(tidak|tak) (dilanjutkan|berlanjut)\b",
        r"\b(tidak|tak) (melanjutkan|meneruskan) (\w+ ){0,1}(laporan|kasus|penanganan|perkara|temuan|proses)\b",
        # Not "tidak menutup kemungkinan kasus ini ...", the common "it may well be that".
        r"\b(menutup|ditutup|penutupan)(?<!tidak menutup)(?<!tak menutup) (?!kemungkinan|peluang|mata)"
        r"(\w+ ){0,2}(kasus|laporan|perkara|penanganan)\b",
        r"\b(kasus|laporan|perkara)(nya)? (\w+ ){0,2}ditutup\b",
        r"\b(tidak|tak) terpenuhi\b",
        r"\b(mencabut|dicabut|pencabutan) (\w+ ){0,2}laporan\b",
        r"\blaporan (\w+ ){0,2}dicabut\b",
    ),
}
STAGE_ORDER = ("reported", "under_examination", "recommended", "sanctioned", "dismissed")

# --- What was done (CONTRACT.md violation types) --------------------------------------------
TYPE_CUES: dict[str, re.Pattern[str]] = {
    "public_support_statement": _family(
        r"\b(menyatakan|nyatakan) (dukungan|dukung|mendukung)",
        r"\bpernyataan dukungan",
        r"\bdeklarasi dukungan",
        r"\bmendeklarasikan dukungan",
        r"\b(memberikan|memberi|menyampaikan|menyuarakan|mengungkapkan) dukungan",
        r"\bsiap (mendukung|memenangkan|memilih)",
        r"\bpro [a-z]+\b",
        r"\bmengajak (warga|masyarakat|pemilih|hadirin)",
        r"\b(ajak|mengajak) (\w+ ){0,3}(pilih|coblos|memilih|mencoblos|dukung|mendukung|memenangkan)\b",
        r"\b(mengarahkan|arahkan) (para )?"
        r"(pasien|warga|masyarakat|pemilih|jemaah|peserta|hadirin|ibu-ibu|orang tua murid|wali murid)\b[^.]{0,30}\b(memilih|mencoblos|pilih|coblos|mendukung|dukung)",
        r"\byel-yel\b",
        r"\b(menyebut|sebut|menyebutkan) (\w+ ){0,2}(nomor urut|nama) (\w+ ){0,3}(calon|paslon|pasangan)",
        r"\bjangan lupa (\w+ ){0,2}(nomor|pilih|coblos|dukung)",
        r"\b(menandatangani|teken|meneken|tanda tangan) (\w+ ){0,2}(formulir|surat|pernyataan|form) dukungan",
        r"\bsurat dukungan\b",
        r"\b(menggalang|galang|penggalangan) dukungan\b",
        r"\bvideo dukungan\b",
        r"\bberpidato\b",
        r"\bmengampanyekan\b",
        r"\bmengkampanyekan\b",
        r"\bkampanyekan\b",
        r"\bdalam sambutan",
    ),
    "attending_campaign": _family(
        r"\b(menghadiri|hadir (di|dalam|pada|saat)|ikut|mengikuti|terlibat dalam|berada di) "
        r"\b(\w+ ){0,2}(kampanye|deklarasi (pasangan|paslon|bakal|calon)|rapat umum|pendaftaran|"
        r"\bkonsolidasi|posko)(?![^.]{0,25}\b(partai|parpol)\b)",
        r"\bmengantar (\w+ ){0,7}(mendaftar|pendaftaran|ke kpu)",
        r"\bmendampingi (\w+ ){0,7}(mendaftar|pendaftaran|ke kpu|kampanye)",
        r"\b(rombongan|arak-arakan|iring-iringan) (\w+ ){0,2}(pendaftaran|pengantar|pendukung|calon|paslon|"
        r"bakal|kampanye|simpatisan)",
        r"\bdeklarasi (?!dukung)(\w+ ){0,2}(pasangan|paslon|bakal|bacalon|calon|relawan)",
        r"\bpanggung kampanye\b",
        r"\bkehadiran(nya)? (di|dalam|pada) (\w+ ){0,2}kampanye",
        r"\b(peresmian|pembukaan|meresmikan|membuka) (\w+ ){0,2}(posko|rumah pemenangan|sekretariat pemenangan|"
        r"rumah aspirasi)",
        r"\bposko (pemenangan|relawan|kampanye|tim)",
        r"\b(ikut|mengikuti|bergabung dalam|bergabung dengan) (\w+ ){0,2}(konvoi|pawai|iring-iringan|rombongan)",
        r"\bkonvoi (\w+ ){0,2}(pendukung|kampanye|paslon|pasangan|calon|relawan|simpatisan)",
        r"\b(menjadi|jadi|sebagai) (pembicara|narasumber|penceramah) (\w+ ){0,3}(acara|kegiatan|kampanye|"
        r"konsolidasi|pertemuan)",
        r"\bacara (\w+ ){0,2}(relawan|tim pemenangan|pemenangan|konsolidasi|partai|kampanye)",
        r"\bduduk di (deretan|barisan|kursi|jajaran) (\w+ ){0,2}(depan|tamu|undangan)",
        r"\b(jadi|menjadi|sebagai) (mc|pembawa acara|moderator)\b",
        r"\b(saat|pada|dalam|di) (acara )?deklarasi (salah satu )?(pasangan|paslon|bakal|calon|bacalon)",
        r"\bmendatangi (\w+ ){0,3}rumah (\w+ ){0,3}(calon|paslon|pasangan)",
        r"\brumah (salah satu )?(pasangan )?(calon|paslon)\b",
        r"\b(hadir|menghadiri|datang|mendatangi) (\w+ ){0,4}(acara|kegiatan|pertemuan|silaturahmi|"
        r"halalbihalal|syukuran|posko|markas)[^.]{0,60}\b(calon|paslon|pasangan|kandidat)",
        r"\bpembawa acara\b",
        r"\blokasi kampanye\b",
        r"\bacara kampanye\b",
        r"\bkegiatan kampanye\b",
        r"\bkampanye (akbar|terbuka|tatap muka|dialogis|terbatas)",
        r"\brumah (pasangan )?calon\b",
        r"\bkediaman (pasangan )?calon\b",
    ),
    "campaigning_for_candidate": _family(
        r"\bberkampanye\b",
        r"\bjuru kampanye\b",
        r"\bjurkam\b",
        r"\b(membagikan|bagikan|bagi-bagi|membagi-bagikan|pembagian) (\w+ ){0,2}(stiker|kalender|kaos|kaus|amplop|"
        r"uang|sembako|paket|bahan kampanye|brosur|selebaran|"
        r"\bsembako|kartu nama|alat peraga)",
        r"\bbahan kampanye\b",
        # ... but not on a government building: that is using office facilities.
        r"\b(menempel|menempelkan|memasang|tempel|pasang|menyebarkan|menyebar) (\w+ ){0,2}(stiker|spanduk|baliho|"
        r"poster|atribut|bendera|selebaran|brosur|kartu nama|kalender)"
        r"(?![^.]{0,50}\b(kantor|ruang kerja|gedung pemerintah|sekolah|puskesmas|mobil dinas|kendaraan dinas|"
        # ... nor with one's own face or candidacy on it: that is declaring candidacy.
        r"dirinya|maju|mencalonkan|pencalonan)\b)",
        r"\b(berorasi|orasi)\b",
        r"\bmenyosialisasikan (pasangan|paslon|calon)",
        r"\bmemperkenalkan (\w+ ){0,2}calon",
        r"\bmempromosikan\b",
        r"\bblusukan\b",
        r"\bdoor to door\b",
        r"\bdari rumah ke rumah\b",
    ),
    "social_media_support": _family(
        r"\bstatus (wa|whatsapp|facebook|fb)",
        r"\bunggah(an)?\b",
        r"\bmengunggah\b",
        r"\bdiunggah\b",
        r"\bpostingan\b",
        r"\bmemposting\b",
        r"\bmenyukai\b",
        r"\b(me)?like\b",
        r"\bkomentar\b",
        r"\bfollower\b",
        r"\b(konten|video|siaran langsung|live) (\w+ ){0,2}(tiktok|instagram|youtube|reels|facebook)",
        r"\bmembuat konten\b",
        r"\b(mengelola|dikelola|mengendalikan|dikendalikan|pemilik|memiliki|admin) (\w+ ){0,2}akun",
        r"\bakun (anonim|palsu|pribadi|miliknya|media sosial|facebook|instagram|tiktok|twitter)",
        r"\b(melalui|lewat|via) (akun|media sosial|medsos|facebook|instagram|tiktok|twitter|grup)",
        r"\bdi (akun|media sosial|medsos|facebook|instagram|tiktok|twitter) (pribadi|miliknya|nya)",
        r"\bmembagikan (ulang )?(postingan|konten|unggahan|tautan)",
        r"\bstory\b",
        r"\btwibbon\b",
        r"\bfoto profil\b",
    ),
    "photo_with_candidate_gesture": _family(
        r"\bfoto bersama\b",
        r"\bberfoto\b",
        r"\bswafoto\b",
        r"\bselfie\b",
        r"\bpose (satu|dua|tiga|empat|lima|jari|\d)",
        r"\bberpose\b",
        r"\b(gestur|gesture|simbol|salam) (satu|dua|tiga|empat|lima|jari|\d)",
        r"\bmengacungkan (\w+ ){0,2}jari",
        r"\bacungan (\w+ ){0,2}jari",
        r"\bjari (satu|dua|tiga|empat|lima)\b",
        r"\b(foto|gambar|wajah)(nya)? (\w+ ){0,4}(muncul|terpampang|dipasang|terpasang|tercantum|dipajang) "
        r"(di|dalam|pada) (baliho|spanduk|poster|alat peraga|stiker|kalender)",
        r"\bmetal\b",
    ),
    "mobilising_subordinates": _family(
        r"\bbawahan",
        r"\bmengarahkan (para |seluruh |semua |sejumlah )?(bawahan|pegawai|guru|staf|asn|pns|camat|lurah|"
        r"kepala|tenaga|perangkat|honorer|jajaran)",
        r"\bmengerahkan\b",
        r"\bmemobilisasi\b",
        r"\bmobilisasi\b",
        r"\bmenginstruksikan\b",
        r"\binstruksi\b",
        r"\bmengumpulkan (para |seluruh |sejumlah )?(guru|pegawai|asn|pns|staf|kepala sekolah|"
        r"\bcamat|lurah|honorer|tenaga)",
        r"\bmenekan\b",
        r"\bintimidasi\b",
        r"\bmengintimidasi\b",
        r"\bancam(an)? (dimutasi|mutasi|dipecat|pemecatan|dicopot)",
        r"\bmemberikan arahan\b",
        r"\barahan (untuk|kepada|agar)",
        r"\bmewajibkan (para |seluruh )?(guru|pegawai|asn|staf)",
        r"\bmenyuruh\b",
        r"\b(memerintahkan|perintahkan|instruksikan)\b",
        r"\b(diancam|mengancam|ancam|ancaman)\b[^.]{0,80}\b(jika|kalau|bila|apabila) (tidak|tak) "
        r"(memilih|mendukung|mencoblos|memenangkan)",
        r"\b(menghimpun|mengumpulkan|himpun|kumpulkan) (\w+ ){0,3}(ktp|fotokopi ktp|kartu keluarga|dukungan warga)",
        # Told by the subordinates: ordered by a superior (to attend, to vote, to collect support).
        r"\b(diperintah(kan)?|disuruh|diwajibkan|dipaksa|diinstruksikan|dimobilisasi) (\w+ ){0,2}(atasan|pimpinan)",
        r"\b(seluruh|semua) (pegawai|staf|honorer|guru|asn|pns)\b[^.;]{0,40}\b(wajib|harus|diwajibkan)\b",
        r"\bmeminta (para |seluruh |semua )?(kepala sekolah|guru|pegawai|camat|lurah|asn|pns|bawahan|staf)"
        r"[^.]{0,40}\b(memilih|mendukung|memenangkan|menyukseskan|mencoblos)",
    ),
    "decisions_favouring_candidate": _family(
        r"\bkebijakan yang (menguntungkan|merugikan)",
        r"\bkeputusan yang (menguntungkan|merugikan)",
        r"\bmenerbitkan (surat|kebijakan|keputusan)",
        r"\bmengeluarkan (surat|kebijakan|keputusan)",
        r"\bpenggantian pejabat\b",
        r"\bmutasi pejabat\b",
        r"\bmerotasi\b",
        r"\b(pemberian|memberikan|mencairkan|pencairan|menyalurkan) (\w+ ){0,2}hibah",
        r"\b(meneken|menandatangani|penandatanganan) (\w+ ){0,2}(keputusan|sk|surat keputusan)",
        r"\bkeputusan hibah\b",
        r"\b(meminta|memungut|menarik|menghimpun) (\w+ ){0,3}(sumbangan|dana|setoran|uang)[^.]{0,40}"
        r"\b(kampanye|pemenangan|calon|paslon|petahana)",
        r"\bkontraktor\b",
        r"\bmemutasi\b",
        r"\bprogram (bantuan|pemerintah)[^.]{0,40}(calon|paslon|petahana)",
        r"\bmenahan (izin|anggaran|bantuan)",
    ),
    "using_office_facilities": _family(
        r"\bmobil dinas\b",
        r"\b(truk|mobil|kendaraan|bus|motor|ambulans|perahu|kapal) (\w+ ){0,1}(milik )?(dinas|pemda|pemkab|pemkot|"
        r"pemprov|pemerintah|kantor|desa|puskesmas)",
        r"\bakun (\w+ ){0,3}resmi (pemerintah|pemda|pemkab|pemkot|pemprov|dinas|instansi|kantor)",
        r"\bkendaraan dinas\b",
        r"\bmobil (plat|pelat) merah\b",
        r"\bpelat merah\b",
        r"\bplat merah\b",
        r"\bfasilitas (negara|dinas|kantor|pemerintah|jabatan)",
        # The office as a place used, not as the employer ("pegawai kantor kecamatan").
        r"\bkantor(?<!pegawai kantor)(?<!staf kantor)(?<!pemerintahan kantor)(?<!honorer kantor)"
        r"(?<!karyawan kantor)(?<!pejabat kantor)(?<!asn kantor)(?<!pns kantor)(?<!seksi kantor)"
        r"(?<!pegawai di kantor)(?<!staf di kantor)(?<!seksi di kantor)(?<!bekerja di kantor)"
        r"(?<!bertugas di kantor)(?<!berdinas di kantor)(?<!asn di kantor)(?<!pns di kantor) "
        r"(pemerintah|dinas|camat|kecamatan|kelurahan|bupati|gubernur|wali ?kota|desa)",
        r"\bruang (kerja|rapat) (dinas|kantor|kepala|camat)",
        r"\brumah dinas\b",
        r"\banggaran (daerah|dinas|negara|kantor)",
        r"\bapbd\b",
        r"\b(ruang kelas|halaman sekolah|lingkungan sekolah)\b",
        r"\bbansos\b",
        r"\b(penyerahan|penyaluran|pembagian|membagikan|menyerahkan|menyalurkan) (\w+ ){0,2}bantuan",
        r"\bbantuan sosial\b",
        r"\bjam (kerja|dinas|kantor)\b",
        r"\bseragam (dinas|asn|pns|korpri)",
        r"\bpakaian dinas\b",
        r"\bgedung (pemerintah|kantor|sekolah)",
    ),
    "declaring_candidacy_while_active": _family(
        r"\bmencalonkan diri\b",
        r"\bmaju (sebagai|menjadi|dalam) (\w+ ){0,2}(calon|bakal calon|bacalon|caleg|kandidat)",
        r"\bmendaftar (sebagai|menjadi) (\w+ ){0,2}(calon|bakal calon|bacalon|caleg|anggota)",
        r"\bmendaftarkan diri\b",
        r"\bbelum (mengundurkan|mundur|mengajukan pengunduran)",
        r"\btanpa (mengundurkan|mundur)",
        r"\btidak (mengundurkan diri|mundur)",
        r"\bmasih (aktif|berstatus) (sebagai )?(asn|pns)",
        r"\bmenjadi (calon|kandidat)\b",
        r"\bpengunduran diri\b",
        # Announcing one's own candidacy (on a banner too: that is not campaigning for someone).
        r"\b(siap|ingin|berniat|berencana|kesiapan(nya)?|niat(nya)?|rencana(nya)?) (\w+ ){0,2}(maju|mencalonkan)\b",
        r"\bmaju (di |dalam |pada )?(pilkada|pilbup|pilwalkot|pilgub|pileg|pencalonan)\b",
        r"\bpenjaringan (\w+ ){0,3}(bakal calon|balon|bacalon|calon|kepala daerah)\b",
    ),
    "party_membership_or_management": _family(
        r"\banggota partai\b",
        r"\bpengurus (partai|parpol|dpc|dpd|dpw)",
        r"\bkader (partai|parpol)\b",
        r"\bkartu tanda anggota\b",
        r"\bkta\b",
        r"\batribut partai\b",
        r"\bseragam partai\b",
        r"\b(rapat|konsolidasi|musyawarah|pertemuan) (\w+ ){0,3}(partai|parpol|dpc|dpw)\b",
        r"\bjaket partai\b",
        r"\bsipol\b",
        r"\bterdaftar (sebagai anggota|dalam sipol|di sipol)",
        r"\bmenjadi (anggota|pengurus) partai",
        r"\bkantor (dpc|dpd|dpw|partai)",
    ),
    "campaign_team_member": _family(
        r"\b(menjadi|jadi|menjabat|sebagai|masuk|tergabung|terdaftar|tercantum|terlibat) (\w+ ){0,2}"
        r"(dalam |di |sebagai )?"
        r"\b(anggota |pengurus |ketua |sekretaris |bendahara )?"
        r"(tim kampanye|tim sukses|timses|tim pemenangan|"
        r"\bbadan pemenangan|relawan)",
        r"\bsk tim (kampanye|pemenangan|sukses)",
        r"\b(daftar|struktur|susunan) (tim (kampanye|pemenangan|sukses)|relawan|pengurus relawan)",
        r"\bkoordinator (relawan|tim pemenangan|pemenangan)",
        r"\bketua tim (pemenangan|sukses|kampanye|relawan)",
        r"\b(menjadi|jadi|sebagai) saksi (\w+ ){0,2}(paslon|pasangan|calon|partai)",
        r"\bmandat saksi\b",
        r"\b(sebagai|menjadi|jadi) (penanggung jawab|ketua panitia|koordinator|panitia) (\w+ ){0,3}"
        r"(acara|kegiatan)[^.]{0,60}\b(tim|relawan|pemenangan|paslon|calon)",
    ),
}

# Sentences that quote the law or describe the procedure in general: their "sanksi" and
# "dihentikan" are what could happen, not what did.
STATUTE = _family(
    r"\bpasal \d",
    r"\bundang-undang\b",
    r"\buu (nomor|no)",
    r"\bpaling (lama|banyak|sedikit)\b",
    r"\bancaman\b",
    r"\bbiasanya\b",
    r"\bdapat dikenai\b",
    r"\bdapat dijatuhi\b",
)
# Job titles that contain stage words ("Koordinator Divisi Penanganan Pelanggaran").
STAGE_WORDS_IN_TITLES = re.compile(
    r"\b(divisi|kordiv|koordinator|bagian|kabag|kepala bagian|anggota|ketua)\s+(divisi\s+)?"
    r"\b(penanganan|penindakan|hukum|pencegahan)[\w ,&-]{0,80}?(sengketa|pelanggaran|humas|masyarakat)"
)
# How an incident became known, not what the accused did online.
DISSEMINATION = re.compile(
    r"\b(viral|beredar|tersebar|menyebar|ramai|heboh|diunggah|diposting|dibagikan|video|rekaman|foto)"
    r"[^.]{0,40}(di|melalui|lewat)\s+(media sosial|medsos|tiktok|facebook|instagram|whatsapp|twitter|"
    r"\bjagat maya)"
    r"|\b(tangkapan layar|screenshot|barang bukti|bukti berupa)[^.]{0,40}(unggahan|media sosial|medsos)"
    r"|\b(saluran|melalui) (telepon|email|surel)[^.]{0,40}media sosial"
    r"|\bwarganet\b|\bnetizen\b"
)
# A line of a rule list ("4. membuat posting, comment, share...") or a sentence stating what is
# forbidden: it names behaviours, but not what the accused did.
RULE_LINE = re.compile(r"^\s*(\d{1,2}|[a-h])[.)]\s*|\b(dilarang|larangan|tidak boleh|tidak diperbolehkan)\b")

# Generic wording that says which side someone took, not what they did: "ASN terlibat dalam
# kampanye mendukung paslon 1" is attendance; these count half, so a specific act outweighs them.
WEAK_TYPE_CUES: dict[str, re.Pattern[str]] = {
    # The channel is where something happened, not the act: an order given in a WhatsApp group
    # is mobilisation. A channel alone still makes a social-media case when nothing else is said.
    "social_media_support": _family(
        r"\bmedia sosial",
        r"\bmedsos\b",
        r"\bfacebook\b",
        r"\binstagram\b",
        r"\btiktok\b",
        r"\btwitter\b",
        r"\bwhatsapp\b",
        r"\bgrup wa\b",
        r"\bakun\b",
    ),
    "public_support_statement": _family(
        r"\bmendukung (pasangan|paslon|calon|salah satu|bakal|bacalon|capres|caleg|nomor)",
        r"\bdukung (pasangan|paslon|calon|salah satu|bakal|bacalon|capres|caleg|nomor|0\d)",
    ),
}

# --- Broad wording of each behaviour --------------------------------------------------------
# The type cues above were written from specific sentences; news says the same deeds in many more
# ways. These families are built from Indonesian synonyms and word forms of each behaviour's
# parts (a speech act + a vote or win word; a favour + a public good; an order + subordinates ...)
# and count least, so they name the type when no specific cue fires and only break near-ties
# otherwise. Blind batches of new wording showed most type misses were "unspecified": no cue.
_SPEECH = (
    r"(berkata|mengatakan|katakan|bilang|berucap|ucapan|ucapnya|menyebut|sebut|menyebutkan|berseru|menyerukan|"
    r"seruan|serukan|meminta|minta|mengimbau|imbauan|mengajak|ajakan|menyuarakan|menitipkan|titip|pesan|berpesan|"
    r"menyampaikan|sambutan|pidato|berpidato|ceramah|nasihat|tausiah|koar-koar|berkoar|menegaskan|mengklaim|"
    r"memuji|mengelu-elukan|memperkenalkan|menjagokan|mengunggulkan|mempromosikan)"
)
_VOTE = (
    r"(pilih|memilih|dipilih|pilihan|coblos|mencoblos|dicoblos|memberi(kan)? suara|suaranya|menang|menangkan|"
    r"memenangkan|kemenangan|layak|dua periode|periode kedua|lanjutkan|melanjutkan|kotak kosong|dukung|mendukung|"
    r"didukung|kawal|mengawal|jagoan|nomor urut|nomor \d|no\.? ?urut|bilik suara|hari (h|pencoblosan|pemungutan)|"
    r"(tidak |jangan )?(melupakan|lupakan|lupa)|orang kita|putra daerah)"
)
BROAD_TYPE_CUES: dict[str, re.Pattern[str]] = {
    "public_support_statement": _family(
        r"\b" + _SPEECH + r"\b[^.;]{0,120}\b" + _VOTE + r"\b",
        r"\b" + _VOTE + r"\b[^.;]{0,60}\b(ujar|ucap|kata|tutur|seru)(nya)?\b",
        r"\b(keberpihakan|berpihak|memihak|terang-terangan|secara terbuka)\b",
        r"\bjangan (pilih|memilih|coblos|salah pilih)\b",
    ),
    "attending_campaign": _family(
        r"\b(hadir|menghadiri|datang|mendatangi|berada|terlihat|tampak|kedapatan|tertangkap kamera|terekam|ikut|turut|"
        r"bergabung|nimbrung|berjoget|bernyanyi|naik|berbaur|berdiri|duduk|mengiringi|menyambut)\b[^.;]{0,80}\b("
        r"kampanye|deklarasi|rapat umum|panggung|pertemuan (tertutup )?(tim|relawan)|konsolidasi|pemenangan|massa|"
        r"(barisan|kerumunan|rombongan|iring-iringan) (\w+ ){0,1}(pendukung|simpatisan|relawan|pengantar|paslon|calon)|"
        r"pendaftaran|mendaftar|penetapan|acara (\w+ ){0,3}(pasangan calon|paslon|calon|kandidat|tim))\b",
        r"\b(kampanye|deklarasi|pertemuan tim|acara paslon)\b[^.;]{0,60}\b(dihadiri|didatangi|dikunjungi)\b",
        r"\bkeberadaan(nya)?\b[^.;]{0,60}\b(kampanye|tim|pertemuan|acara)\b",
    ),
    "campaigning_for_candidate": _family(
        r"\b(membagikan|membagi|bagi-bagi|menyelipkan|selipkan|menyisipkan|sisipkan|menyebarkan|mengedarkan|"
        r"membawa|menitipkan|menempelkan|tempel|memaparkan|menjelaskan|menawarkan)\b[^.;]{0,60}"
        r"\b(materi kampanye|alat peraga|apk|brosur|pamflet|selebaran|gantungan kunci|stiker|kaos|kaus|kalender|"
        r"kartu nama|program kerja|visi[- ]misi|program (pasangan|paslon|calon))\b",
        r"\b(mendatangi|menyambangi|mengunjungi) rumah-rumah\b",
        r"\b(menggiring|menggalang|meraup|mendulang) (\w+ ){0,2}(suara|pemilih|massa)\b",
        r"\b(mencari|mengumpulkan|menggalang|meraih|menyumbang) (\w+ ){0,2}suara\b",
    ),
    "social_media_support": _family(
        r"\b(akun|media sosial|medsos) (x|threads|youtube|telegram|snapchat)\b",
        r"\b(reels|konten|cuitan|mencuit|twit|tweet|siaran langsung|live streaming|vlog|tagar|hashtag)\b",
        r"\b(membagikan|menyebarkan|meneruskan) (\w+ ){0,3}(tautan|link|meme|poster|flyer|video)\b",
    ),
    "photo_with_candidate_gesture": _family(
        r"\b(jempol|telunjuk|kelingking|acungan|mengacungkan|membentuk angka|tunjuk angka|menunjukkan angka|"
        r"simbol (angka|nomor)|isyarat (jari|angka|nomor))\b",
        r"\b(foto|swafoto|berfoto|potret|gambar)\b[^.;]{0,60}\b(bersama|dengan|bareng|di samping) "
        r"(\w+ ){0,2}(calon|paslon|pasangan|kandidat|petahana)\b",
    ),
    "mobilising_subordinates": _family(
        r"\b(diperintah(kan)?|disuruh|diwajibkan|dipaksa|diarahkan|diinstruksikan|diminta|dimobilisasi|digerakkan)\b"
        r"[^.;]{0,30}\b(pimpinan|kepala dinas|kadis|camat|kepala sekolah|sekretaris dinas|sekda)\b",
        r"\b(meminta|menyuruh|mewajibkan|memaksa|menggerakkan|mengarahkan|menginstruksikan|memerintahkan)\b"
        r"[^.;]{0,30}\b(seluruh|semua|para|segenap|setiap|tiap|masing-masing)\b[^.;]{0,20}\b(pegawai|staf|honorer|guru|bawahan|anak buah|"
        r"tenaga|jajaran|asn|pns|kepala desa|perangkat)\b",
        r"\b(setor|menyetor|menyetorkan|mengumpulkan) (\w+ ){0,2}(ktp|kartu keluarga|kk)\b",
        # A vote target is handed to those below: staff, village heads, RT.
        r"\btarget (perolehan )?suara\b",
        r"\b(diancam|ancaman|mengancam)\b[^.;]{0,80}\b(kontrak|jabatan|mutasi|dipindah|diberhentikan|dicopot|"
        r"tunjangan|tpp)\b",
        r"\b(pertemuan|rapat|apel|mengumpulkan|menggelar)\b[^.;]{0,80}\b(staf|pegawai|bawahan|jajaran|para (kepala|ketua))"
        r"\b[^.;]{0,80}\b(target|memenangkan|memilih|mendukung|pemenangan)\b",
    ),
    "decisions_favouring_candidate": _family(
        r"\b(izin|perizinan|proyek|bantuan|sembako|bansos|anggaran|program|tender|jabatan|beasiswa|surat keterangan|"
        r"pelayanan|layanan|penerima|lokasi)\b[^.;]{0,100}\b(pendukung|basis|tim (pemenangan|sukses|kampanye)|"
        r"menguntungkan|mengistimewakan|pasangan lawan|lawan politik)\b",
        r"\b(mempercepat|memprioritaskan|mengistimewakan|menahan|mempersulit|memindahkan|pemindahan|mengalihkan|"
        r"pengalihan|mengarahkan|hanya (diberikan|dibagikan|disalurkan|menerbitkan))\b[^.;]{0,40}"
        r"\b(izin|proyek|bantuan|program|anggaran|sembako|pelayanan|surat|pengurusan|lokasi|beasiswa|penerima|"
        r"jabatan|tender|lelang|kontrak|pupuk|daftar)\b",
        r"\b(mutasi|memutasi|rotasi|merotasi|mencopot|pencopotan|menonjobkan|mengganti|pergantian) (\w+ ){0,2}"
        r"(camat|lurah|kepala|pejabat|pegawai|guru|sekretaris|direktur)\b",
        # Not "surat edaran": the circulars on ASN neutrality are in half of these articles.
        r"\b(kebijakan|keputusan|program)\b[^.;]{0,60}\b(menguntungkan|berpihak|untungkan)\b",
    ),
    "using_office_facilities": _family(
        r"\b(anggaran|dana|uang|biaya)\b[^.;]{0,30}\b(dinas|kantor|sekolah|bos|apbd|apbn|negara|daerah|"
        r"kegiatan dinas|operasional)\b",
        r"\b(printer|kertas|komputer|laptop|proyektor|aula|gedung|ruang|ruangan|fasilitas|inventaris|"
        r"kendaraan operasional|ambulans|sound system|tenda|kursi)\b[^.;]{0,30}\b(milik )?(kantor|dinas|sekolah|"
        r"puskesmas|kelurahan|kecamatan|pemerintah|pemda|pemkab|pemkot|pemprov|instansi|negara)\b",
        r"\b(ruang kelas|aula|balai|gedung|gudang|garasi|lahan|halaman|rumah jabatan|pendopo)\b[^.;]{0,40}"
        r"\b(dipakai|digunakan|dijadikan|menjadi (tempat|lokasi)|sebagai tempat)\b",
        r"\b(menjadikan|memakai|menggunakan|memanfaatkan|meminjamkan|dimanfaatkan|dipinjamkan)\b[^.;]{0,40}"
        r"\bmilik (pemerintah|pemda|pemkab|pemkot|pemprov|negara|dinas|kantor|sekolah|puskesmas|instansi)\b",
    ),
    "declaring_candidacy_while_active": _family(
        r"\b(memperkenalkan|mensosialisasikan|menyosialisasikan) diri\b",
        r"\bsebagai (bakal calon|bacalon|balon) (bupati|wali ?kota|gubernur|wakil)\b",
    ),
    "party_membership_or_management": _family(
        r"\b(partai|parpol|dpc|dpd|dpw)\b[^.;]{0,40}\b(pengurus|kepengurusan|bendahara|sekretaris|ketua|wakil ketua|"
        r"anggota|kader|rapat kerja|rakerda|rakercab|musda|muscab|meja pengurus)\b",
        r"\b(pengurus|kepengurusan|bendahara|sekretaris|wakil ketua|rapat kerja|rakerda|rakercab|musda|muscab)\b"
        r"[^.;]{0,40}\b(partai|parpol)\b",
        r"\b(ketua|sekretaris|bendahara|pengurus|anggota|kepengurusan) (\w+ ){0,2}(ranting|anak cabang|pac|dpac|dpc|"
        r"dpd|dpw|dpp)\b",
    ),
    "campaign_team_member": _family(
        r"\b(bendahara|sekretaris|ketua|anggota|koordinator|korwil|korcam|pengurus|penggerak)\b[^.;]{0,40}"
        r"\b(relawan|tim pemenangan|tim sukses|timses|tim kampanye|organisasi relawan|posko pemenangan)\b",
        r"\b(daftar|susunan|struktur) (\w+ ){0,3}(saksi|relawan|tim)\b[^.;]{0,40}\b(paslon|pasangan|calon)\b",
        r"\b(relawan|tim pemenangan|tim sukses|timses|tim kampanye|pemenangan)\b[^.;]{0,100}\b(sebagai|menjadi|jadi) "
        r"(\w+ ){0,1}(ketua|wakil ketua|sekretaris|bendahara|anggota|koordinator|pengurus)\b",
        r"\b(sk|surat keputusan) (\w+ ){0,3}(relawan|tim|pemenangan)\b",
    ),
}
