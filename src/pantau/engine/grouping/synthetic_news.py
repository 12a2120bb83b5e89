"""A synthetic Indonesian election-news stream, written by us, for grouping tests and benchmarks.

Each story is one incident (an ASN caught campaigning, a coordination meeting, a pledge, a logistics
delivery, a money-politics report, an outreach event) with its own names, place, venue, date and
figures. Outlets write it up in their own words: every sentence has several phrasings, supporting
sentences are dropped and reordered, and outlets add their datelines and boilerplate. On top of
that the stream mixes in near-verbatim copies (syndication), word edits and splices, the cases
grouping has to survive. Nothing here is taken from real articles; the names are invented.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

REGIONS = [
    ("Kabupaten Bone", "Sulawesi Selatan"), ("Kota Palopo", "Sulawesi Selatan"),
    ("Kabupaten Minahasa Utara", "Sulawesi Utara"), ("Kota Bitung", "Sulawesi Utara"),
    ("Kabupaten Konawe", "Sulawesi Tenggara"), ("Kota Baubau", "Sulawesi Tenggara"),
    ("Kabupaten Sigi", "Sulawesi Tengah"), ("Kabupaten Banggai", "Sulawesi Tengah"),
    ("Kabupaten Lombok Timur", "Nusa Tenggara Barat"), ("Kota Bima", "Nusa Tenggara Barat"),
    ("Kabupaten Garut", "Jawa Barat"), ("Kota Depok", "Jawa Barat"), ("Kabupaten Cirebon", "Jawa Barat"),
    ("Kabupaten Klaten", "Jawa Tengah"), ("Kota Salatiga", "Jawa Tengah"), ("Kabupaten Blora", "Jawa Tengah"),
    ("Kabupaten Jember", "Jawa Timur"), ("Kota Kediri", "Jawa Timur"), ("Kabupaten Sampang", "Jawa Timur"),
    ("Kabupaten Aceh Besar", "Aceh"), ("Kota Langsa", "Aceh"), ("Kabupaten Deli Serdang", "Sumatera Utara"),
    ("Kota Sibolga", "Sumatera Utara"), ("Kabupaten Agam", "Sumatera Barat"), ("Kota Solok", "Sumatera Barat"),
    ("Kabupaten Kampar", "Riau"), ("Kota Dumai", "Riau"), ("Kabupaten Muaro Jambi", "Jambi"),
    ("Kabupaten Ogan Ilir", "Sumatera Selatan"), ("Kota Lubuklinggau", "Sumatera Selatan"),
    ("Kabupaten Kapuas", "Kalimantan Tengah"), ("Kota Singkawang", "Kalimantan Barat"),
    ("Kabupaten Kutai Timur", "Kalimantan Timur"), ("Kabupaten Tabalong", "Kalimantan Selatan"),
    ("Kabupaten Flores Timur", "Nusa Tenggara Timur"), ("Kota Ternate", "Maluku Utara"),
    ("Kabupaten Buru", "Maluku"), ("Kabupaten Jayapura", "Papua"), ("Kabupaten Gianyar", "Bali"),
    ("Kabupaten Lebak", "Banten"),
]
FIRST = ["Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gilang", "Hendra", "Indah", "Joko", "Kurniawan",
         "Lestari", "Made", "Nurul", "Oktavia", "Putu", "Rahmawati", "Slamet", "Taufik", "Umar", "Wahyu",
         "Yusuf", "Zainal", "Arif", "Bambang", "Dian", "Fitri", "Hasanuddin", "Irwan", "Januarti", "Agustina",
         "Baharuddin", "Cahyono", "Darwis", "Erna", "Firman", "Gusti", "Haryanto", "Iskandar", "Jufri", "Kadir",
         "Lukman", "Marlina", "Nasrul", "Ponirah", "Rusdi", "Sahrul", "Tri", "Usman", "Veronika", "Yohanes"]
LAST = ["Saputra", "Wibowo", "Pratama", "Siregar", "Nasution", "Lamba", "Rauf", "Manoppo", "Tuasikal",
        "Harahap", "Kusuma", "Hidayat", "Permana", "Sitompul", "Pakaya", "Daeng", "Mokodompit", "Simanjuntak",
        "Wijaya", "Setiawan", "Rumagesan", "Latuconsina", "Tamrin", "Gultom", "Effendi", "Syamsuddin", "Ambon",
        "Bakri", "Candra", "Damanik", "Fauzi", "Ginting", "Halim", "Ismail", "Jaelani", "Kalalo", "Lubis", "Mahmud",
        "Nainggolan", "Pohan", "Rahman", "Sembiring", "Tarigan", "Umasugi", "Wenda", "Yamin", "Zulkarnain",
        "Batubara", "Hutapea", "Kambey", "Lumempouw", "Marpaung", "Ohoiwutun", "Pangaribuan", "Ratulangi", "Sinaga"]
CANDIDATES = ["Hartono-Sumarni", "Rizal-Nurhayati", "Anwar-Yuliana", "Darmawan-Ratna", "Sofyan-Mariani",
              "Gunawan-Septiani", "Ilham-Wulandari", "Harun-Kartika", "Salim-Rosmiati", "Teguh-Anggraini"]
OFFICES = ["camat", "kepala dinas pendidikan", "lurah", "kepala sekolah", "sekretaris camat",
           "kepala bidang di dinas kesehatan", "guru PPPK", "kepala puskesmas", "staf BPBD", "kepala UPTD"]
VENUE_KINDS = ["Hotel", "Gedung", "Aula", "Balai", "Wisma", "Graha"]
VENUE_NAMES = ["Mutiara", "Cendana", "Bukit Indah", "Nusantara", "Samudra Biru", "Puri Asri", "Taman Sari",
               "Kenanga", "Melati", "Anggrek", "Bahari", "Permata", "Sentosa", "Pelangi", "Cempaka", "Teratai",
               "Dirgantara", "Kartika", "Mahakam", "Lembah Hijau", "Tirta", "Mandala", "Bintang Timur", "Kencana"]
OUTLETS = ["kabarwarta.id", "suaratimur.com", "beritanusa.co.id", "lensakota.com", "harianpelita.id",
           "portalsulawesi.com", "jejakberita.id", "wartadaerah.com", "infopublik-lokal.id", "metrokini.co.id",
           "radarpagi.com", "sorotnews.id", "tribunwarga.com", "kabarselatan.id", "detakzaman.com"]

# Each kind: (title phrasings, lead phrasings, supporting sentences [alternatives each]).
_KINDS = {
    "violation_case": (
        ["{Office} di {region} Diduga Dukung Paslon {cand}", "Viral, Oknum {office} {region} Kampanyekan {cand}",
         "Bawaslu {region} Telusuri {office} {person} soal Dukungan ke {cand}"],
        ["Seorang {office} di {region}, {person}, diduga terang-terangan mendukung pasangan calon {cand} dalam sebuah pertemuan warga di {village}.",
         "{person}, yang menjabat {office} di {region}, terekam mengajak warga {village} memilih pasangan {cand}.",
         "Video {person}, {office} di {region}, yang mengajak warga memilih pasangan {cand} beredar luas di media sosial."],
        [["Video berdurasi {n1} detik itu diunggah akun {handle} dan sudah ditonton ribuan kali.",
          "Rekaman sepanjang {n1} detik tersebut pertama kali muncul di akun {handle}."],
         ["Ketua Bawaslu {region}, {official}, mengatakan pihaknya sudah memanggil {person} untuk dimintai klarifikasi.",
          "{official}, Ketua Bawaslu {region}, menyebut pemanggilan terhadap {person} dijadwalkan pekan ini."],
         ["Menurut {official}, ASN wajib menjaga netralitas sesuai Undang-Undang Nomor 20 Tahun 2023 tentang ASN.",
          "Ia mengingatkan bahwa aparatur sipil negara dilarang berpihak kepada peserta pemilihan."],
         ["Dalam pertemuan di {village} itu hadir sekitar {n2} warga.",
          "Sedikitnya {n2} warga {village} disebut mengikuti acara tersebut."],
         ["{person} membantah tudingan itu dan menyebut kehadirannya hanya untuk menyapa warga.",
          "Saat dikonfirmasi, {person} mengaku tidak bermaksud berkampanye."],
         ["Jika terbukti, Bawaslu akan meneruskan rekomendasi kepada BKN dan pejabat pembina kepegawaian.",
          "Hasil kajian Bawaslu akan diteruskan ke Badan Kepegawaian Negara bila unsur pelanggaran terpenuhi."]],
    ),
    "coordination_meeting": (
        ["Bawaslu {province} Gelar Rakor Pengawasan Netralitas ASN di {venue}",
         "Rakor Netralitas ASN Digelar di {venue}, {official} Minta Pengawas Siaga",
         "Jelang Pilkada, Pengawas Se-{province} Ikuti Rakor di {venue}"],
        ["Bawaslu Provinsi {province} menggelar rapat koordinasi pengawasan netralitas ASN di {venue}, {city}, pada {date_text}.",
         "Rapat koordinasi pengawasan netralitas aparatur sipil negara berlangsung di {venue}, {city}, {date_text}.",
         "Sebanyak {n2} peserta mengikuti rapat koordinasi netralitas ASN yang digelar Bawaslu {province} di {venue} pada {date_text}."],
        [["Rakor dibuka oleh {official} yang menekankan pentingnya pencegahan sejak dini.",
          "{official} membuka kegiatan dan meminta jajaran pengawas memperkuat pencegahan."],
         ["Kegiatan diikuti perwakilan {n3} kabupaten dan kota serta unsur pemerintah daerah.",
          "Peserta berasal dari {n3} kabupaten/kota, termasuk bagian kepegawaian pemerintah daerah."],
         ["Narasumber {person} memaparkan {n4} kasus yang ditangani pada pemilihan sebelumnya.",
          "Dalam paparannya, {person} menyebut ada {n4} dugaan pelanggaran pada pemilihan lalu."],
         ["Rakor ditutup dengan penandatanganan komitmen bersama menjaga netralitas.",
          "Di akhir acara, peserta menyepakati langkah bersama untuk mengawasi ASN."]],
    ),
    "declaration_or_pledge": (
        ["Ribuan ASN {region} Ikrarkan Netralitas", "Pemkab dan Bawaslu {region} Gelar Ikrar Netralitas ASN",
         "ASN {region} Teken Pakta Integritas Jelang Pemungutan Suara"],
        ["Sebanyak {n2} ASN di lingkungan Pemerintah {region} mengikuti ikrar netralitas di {venue} pada {date_text}.",
         "Pemerintah {region} bersama Bawaslu menggelar ikrar netralitas ASN yang diikuti {n2} pegawai, {date_text}.",
         "Ikrar netralitas ASN digelar di {venue}, {region}, {date_text}, dipimpin {official}."],
        [["{official} meminta seluruh pegawai tidak mengunggah dukungan kepada calon di media sosial.",
          "Dalam sambutannya, {official} mengingatkan larangan memberi tanda dukungan kepada pasangan calon."],
         ["Ikrar dibacakan oleh {person} dan diikuti seluruh peserta.",
          "{person} memimpin pembacaan naskah ikrar di hadapan para pegawai."],
         ["Pakta integritas ditandatangani oleh {n3} kepala perangkat daerah.",
          "Sebanyak {n3} kepala organisasi perangkat daerah ikut meneken pakta integritas."]],
    ),
    "logistics": (
        ["Logistik Pilkada Tiba di {region}", "KPU {region} Mulai Distribusikan {n2} Kotak Suara",
         "Distribusi Logistik Pemilihan di {region} Dikawal Aparat"],
        ["KPU {region} mulai mendistribusikan {n2} kotak suara dan bilik suara ke {n3} kecamatan pada {date_text}.",
         "Sebanyak {n2} kotak suara dikirim KPU {region} ke gudang kecamatan, {date_text}.",
         "Pengiriman logistik pemilihan dari gudang KPU {region} di {village} dimulai {date_text}."],
        [["Ketua KPU {region}, {official}, memastikan surat suara dalam kondisi baik.",
          "{official} selaku Ketua KPU {region} menyebut tidak ada surat suara rusak."],
         ["Pengiriman ke wilayah terjauh ditempuh dengan perahu motor selama {n1} jam.",
          "Untuk desa terpencil, logistik diangkut dengan perahu selama sekitar {n1} jam."],
         ["Aparat kepolisian mengawal truk logistik hingga tiba di kecamatan.",
          "Setiap truk dikawal dua personel polisi."]],
    ),
    "money_politics": (
        ["Tim Sukses di {region} Tertangkap Bagikan Amplop", "Dugaan Politik Uang di {village}, {region}, Dilaporkan",
         "Gakkumdu {region} Usut Pembagian Uang Jelang Pencoblosan"],
        ["Warga {village}, {region}, melaporkan pembagian amplop berisi uang Rp{n2} ribu yang diduga dari tim pasangan {cand}.",
         "Sentra Gakkumdu {region} mengusut dugaan politik uang di {village} dengan barang bukti {n3} amplop.",
         "Seorang pria berinisial {initials} diamankan warga {village} saat membagikan amplop berisi uang."],
        [["Barang bukti berupa {n3} amplop telah diserahkan ke Bawaslu {region}.",
          "Bawaslu {region} menerima {n3} amplop sebagai barang bukti."],
         ["{official} menyatakan kasus ini masuk tahap pembahasan pertama di Sentra Gakkumdu.",
          "Menurut {official}, laporan sedang dikaji bersama kepolisian dan kejaksaan."],
         ["Pelaku terancam pidana sesuai Pasal 187A Undang-Undang Pemilihan.",
          "Ancaman hukuman bagi pemberi uang diatur dalam Pasal 187A."]],
    ),
    "outreach": (
        ["Bawaslu {region} Sosialisasikan Aturan Netralitas kepada Guru", "Sosialisasi Pengawasan Partisipatif di {region}",
         "Bawaslu {region} Ajak Pemuda Awasi Netralitas ASN"],
        ["Bawaslu {region} menggelar sosialisasi pengawasan partisipatif bagi {n2} peserta di {venue}, {date_text}.",
         "Sebanyak {n2} guru dan pemuda di {region} mengikuti sosialisasi aturan netralitas ASN di {venue}.",
         "Sosialisasi netralitas ASN oleh Bawaslu {region} berlangsung di {venue} pada {date_text}."],
        [["{official} menjelaskan cara melapor bila menemukan dugaan pelanggaran.",
          "Peserta diajari cara menyampaikan laporan oleh {official}."],
         ["Materi disampaikan oleh {person}, akademisi dari universitas setempat.",
          "{person} hadir sebagai pemateri dan membahas contoh pelanggaran."]],
    ),
}
# Background sentences outlets add to any election story, so articles reach a realistic length;
# filled with the story's own place and figures, and sampled, so unrelated articles share a
# sentence now and then but never whole passages.
_BACKGROUND = [
    "Tahapan pemilihan di {region} kini memasuki masa kampanye yang berlangsung hingga tiga hari sebelum pemungutan suara.",
    "Selama masa itu, pengawas kecamatan di {region} diminta aktif turun ke lapangan dan mencatat kegiatan yang melibatkan aparatur pemerintah.",
    "Aturan melarang pegawai negeri memberikan dukungan kepada calon, baik langsung maupun melalui media sosial.",
    "Menyukai, mengomentari, atau membagikan unggahan kampanye juga termasuk pelanggaran bagi pegawai.",
    "Pelanggaran netralitas dapat berujung pada sanksi disiplin sedang hingga berat sesuai peraturan pemerintah.",
    "Laporan dugaan pelanggaran paling lambat disampaikan tujuh hari sejak kejadian diketahui.",
    "Laporan harus memuat identitas pelapor dan terlapor, waktu dan tempat kejadian, serta bukti seperti foto atau video.",
    "Catatan pengawas di {province} menunjukkan {n4} dugaan pelanggaran sepanjang tahapan tahun ini.",
    "Unggahan dukungan di media sosial menjadi jenis pelanggaran yang paling sering ditemukan di {province}.",
    "Pemerintah {region} menyatakan siap menindaklanjuti setiap rekomendasi yang diterima dari pengawas.",
    "Kepala badan kepegawaian daerah menyebut pemeriksaan terhadap pegawai dilakukan tertutup agar pelayanan tidak terganggu.",
    "Pengamat politik dari perguruan tinggi di {province} menilai tekanan terhadap pegawai kerap datang dari atasan.",
    "Ia mendorong perlindungan bagi pegawai yang menolak dimobilisasi diperkuat.",
    "Jumlah pemilih tetap di {region} tercatat {n2} ribu orang, bertambah dibanding pemilihan sebelumnya.",
    "Petugas pemutakhiran data mencoret ratusan pemilih yang sudah meninggal dunia atau pindah domisili.",
    "Warga {city} diimbau tidak ragu melapor bila melihat pegawai pemerintah ikut berkampanye.",
    "Identitas pelapor dijamin kerahasiaannya oleh pengawas.",
    "Posko pengaduan dibuka di setiap kantor pengawas kecamatan di {region}.",
    "Pemungutan suara dijadwalkan berlangsung serentak di {n3} kecamatan.",
    "Sebanyak {n2} petugas ad hoc telah dilantik untuk mengawal tahapan di {region}.",
    "Aparat keamanan menyiapkan pengamanan berlapis menjelang hari pemungutan suara.",
    "Anggaran pengawasan pemilihan di {region} bersumber dari dana hibah pemerintah daerah.",
    "Pengawas juga bekerja sama dengan kelompok pemuda untuk memantau kegiatan di desa-desa.",
    "Sosialisasi aturan netralitas telah digelar beberapa kali sejak awal tahun.",
    "Di {city}, pengawas kelurahan rutin menyambangi kantor-kantor pemerintahan untuk mengingatkan larangan berpolitik praktis.",
    "Sejumlah organisasi masyarakat sipil di {province} membuka kanal pemantauan sendiri dan meneruskan temuan mereka ke pengawas.",
    "Pengawas menilai keterlibatan pegawai dalam kegiatan politik sering bermula dari grup percakapan di telepon genggam.",
    "Menurut data kepegawaian, {region} memiliki sekitar {n2} pegawai negeri dan pegawai kontrak yang tersebar di berbagai dinas.",
    "Pegawai yang terbukti melanggar dapat ditunda kenaikan pangkatnya atau diturunkan jabatannya.",
    "Bagi pegawai kontrak, pelanggaran berat dapat berujung pada pemutusan hubungan kerja.",
    "Pejabat pembina kepegawaian wajib menjatuhkan sanksi paling lambat empat belas hari setelah rekomendasi diterima.",
    "Bila sanksi tidak dijatuhkan, data kepegawaian pegawai yang bersangkutan dapat diblokir oleh badan kepegawaian pusat.",
    "Masa tenang akan dimulai tiga hari sebelum pemungutan suara, dan seluruh alat peraga harus diturunkan.",
    "Pengawas mengingatkan bahwa kepala desa dan perangkatnya juga terikat larangan berpihak, meski diatur dalam undang-undang lain.",
    "Beberapa kasus pada pemilihan sebelumnya di {province} berakhir tanpa sanksi karena bukti dinilai tidak cukup.",
    "Pihak kepolisian menyatakan siap mendukung penanganan perkara yang mengandung unsur pidana pemilihan.",
    "Rapat pleno rekapitulasi suara direncanakan berlangsung di aula kantor komisi pemilihan setempat.",
    "Jumlah tempat pemungutan suara di {region} tahun ini mencapai {n3} ratus lebih.",
    "Warga yang belum terdaftar masih dapat menggunakan kartu tanda penduduk elektronik di tempat pemungutan suara sesuai alamatnya.",
    "Pengawas juga memantau penggunaan kendaraan dinas selama masa kampanye.",
    "Rumah dinas dan gedung milik pemerintah tidak boleh dipakai untuk pertemuan tim pemenangan.",
    "Sekolah diminta tidak dijadikan tempat kegiatan kampanye, termasuk pada hari libur.",
    "Pengawas mencatat sebagian laporan masyarakat masuk melalui pesan singkat dan media sosial resmi lembaga.",
    "Kegiatan pengawasan melibatkan relawan dari kampus dan organisasi kepemudaan di {city}.",
    "Setiap temuan dibahas dalam rapat pleno pengawas sebelum diputuskan untuk ditindaklanjuti.",
    "Pengawas menyebut koordinasi dengan pemerintah daerah berjalan baik sejauh ini.",
    "Kalangan akademisi berharap penegakan aturan netralitas tidak berhenti pada imbauan.",
    "Dalam beberapa pekan terakhir, spanduk bergambar calon bermunculan di sepanjang jalan utama {city}.",
]
_BOILERPLATE = ["Baca juga: Harga Cabai Naik Jelang Akhir Tahun", "Simak berita lainnya di kanal kami.",
                "Editor: {editor}", "Tinggalkan komentar Anda di bawah.", "Ikuti kami di media sosial."]
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_EDIT_WORDS = ["pula", "sementara itu", "lebih lanjut", "diketahui", "tentu", "memang", "kini", "juga"]


@dataclass
class SyntheticArticle:
    id: str
    url: str
    title: str
    text: str
    outlet: str
    pub_date: str
    event_date: str
    story: str  # the true story key
    kind: str
    region: str
    province: str

    def as_json(self) -> dict:
        return {"id": self.id, "url": self.url, "title": self.title, "text": self.text,
                "outlet": self.outlet, "pub_date": self.pub_date}


def _person(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}"
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _story_params(rng: random.Random, key: str, day: date) -> dict:
    region, province = rng.choice(REGIONS)
    city = region.replace("Kabupaten ", "").replace("Kota ", "")
    office = rng.choice(OFFICES)
    return {
        "key": key, "kind": rng.choice(list(_KINDS)), "region": region, "province": province, "city": city,
        "office": office, "Office": office[0].upper() + office[1:], "person": _person(rng),
        "official": _person(rng), "cand": rng.choice(CANDIDATES), "venue": f"{rng.choice(VENUE_KINDS)} {rng.choice(VENUE_NAMES)}",
        "village": "Desa " + rng.choice(["Suka", "Tanjung", "Batu", "Air", "Bukit", "Sungai", "Padang"]) + rng.choice(
            ["maju", " Raya", " Jaya", "harapan", " Indah", " Baru", " Putih", "lestari"]),
        "handle": "@" + rng.choice(["warga", "info", "kabar", "suara"]) + rng.choice(["_", ""]) + city.lower().replace(" ", "") + str(rng.randint(1, 99)),
        "n1": rng.randint(15, 180), "n2": rng.randint(40, 4000), "n3": rng.randint(3, 60), "n4": rng.randint(11, 900),
        "initials": "".join(rng.choice("ABDHIJKMRSTY") for _ in range(2)),
        "date": day,
        "date_text": f"{_DAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})",
    }


def write_article(rng: random.Random, params: dict, article_id: str, outlet: str, pub: date) -> SyntheticArticle:
    """One outlet's own write-up of the story in ``params``."""
    titles, leads, support = _KINDS[params["kind"]]
    body = [rng.choice(leads)]
    chosen = [rng.choice(options) for options in support if rng.random() < 0.8]
    rng.shuffle(chosen)
    body.extend(chosen)
    text_params = {**params, "editor": _person(rng)}
    sentences = [s.format(**text_params) for s in body]
    dateline = f"{params['city'].upper()}, {outlet.upper()} – "
    paragraphs = [dateline + sentences[0], *sentences[1:]]
    # Outlets pad with background in their own order; the incident's sentences stay on top.
    background = [b.format(**text_params) for b in rng.sample(_BACKGROUND, rng.randint(12, 22))]
    paragraphs.extend(" ".join(background[i : i + 3]) for i in range(0, len(background), 3))
    if rng.random() < 0.5:
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(_BOILERPLATE).format(**text_params))
    title = rng.choice(titles).format(**text_params)
    slug = "-".join(title.lower().replace(",", "").split()[:8])
    return SyntheticArticle(
        id=article_id, url=f"https://{outlet}/berita/{pub.isoformat()}/{slug}-{article_id}", title=title,
        text="\n\n".join(paragraphs), outlet=outlet, pub_date=pub.isoformat(),
        event_date=params["date"].isoformat(), story=params["key"], kind=params["kind"],
        region=params["region"], province=params["province"],
    )


def edited(rng: random.Random, text: str, rate: float) -> str:
    """Drop, insert or swap about ``rate`` of the words: a light rewrite of a copied text."""
    words = text.split(" ")
    out = []
    for word in words:
        roll = rng.random()
        if roll < rate / 3:
            continue
        out.append(word)
        if roll > 1 - rate / 3:
            out.append(rng.choice(_EDIT_WORDS))
    return " ".join(out)


def stream(n: int, seed: int = 0, start: date = date(2024, 9, 1)) -> Iterator[SyntheticArticle]:
    """``n`` articles in publication order: rewrites, copies, edited copies and splices."""
    rng = random.Random(seed)
    active: list[tuple[dict, list[SyntheticArticle]]] = []
    day = start
    produced = 0
    while produced < n:
        if produced and produced % 400 == 0:
            day += timedelta(days=1)
        roll = rng.random()
        article_id = f"g{produced:07d}"
        if not active or roll < 0.30:  # a new incident
            params = _story_params(rng, f"story{produced}", day)
            article = write_article(rng, params, article_id, rng.choice(OUTLETS), day)
            active.append((params, [article]))
            if len(active) > 600:
                del active[: len(active) - 600]
        else:
            params, told = rng.choice(active[-300:])
            source = rng.choice(told)
            outlet = rng.choice(OUTLETS)
            if roll < 0.62:  # another outlet's own write-up, the same or a later day
                article = write_article(rng, params, article_id, outlet, day)
            elif roll < 0.82:  # syndication: a near-verbatim copy, lightly edited
                article = _copy_of(source, article_id, outlet, day, edited(rng, source.text, 0.05))
            elif roll < 0.92:  # AMP rendering of the same page
                article = _copy_of(source, article_id, source.outlet, day, source.text)
                article.url = source.url.replace("/berita/", "/amp/berita/")
            else:  # a splice: this story's lead glued to another write-up's tail
                other = rng.choice(active)[1][0]
                head = source.text.split("\n\n")
                tail = other.text.split("\n\n")
                article = _copy_of(source, article_id, outlet, day, "\n\n".join(head[: max(1, len(head) - 1)] + tail[-1:]))
            told.append(article)
        produced += 1
        yield article


def _copy_of(source: SyntheticArticle, article_id: str, outlet: str, day: date, text: str) -> SyntheticArticle:
    return SyntheticArticle(
        id=article_id, url=source.url.replace(source.outlet, outlet).replace(source.id, article_id),
        title=source.title, text=text, outlet=outlet, pub_date=day.isoformat(), event_date=source.event_date,
        story=source.story, kind=source.kind, region=source.region, province=source.province,
    )


def unrelated_articles(n: int, seed: int = 1, start: date = date(2024, 9, 1)) -> list[SyntheticArticle]:
    """``n`` articles, each its own story (no copies), spread over ``start`` and the following weeks."""
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        day = start + timedelta(days=rng.randint(0, 40))
        params = _story_params(rng, f"unrelated{i}", day)
        articles.append(write_article(rng, params, f"u{seed}-{i:04d}", rng.choice(OUTLETS), day))
    return articles
