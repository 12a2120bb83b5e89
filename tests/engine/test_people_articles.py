"""Whole articles written for pantau (never copied news): who the article accuses, by name.

Written after the rules, to check them on text they were not fitted to; kept as a regression check.
Suspects named only by initials count as unnamed here, as in the labels.
"""

from __future__ import annotations

import pytest

from pantau.engine.people import find_actors
from pantau.engine.regions import find_regions

ARTICLES = [
    ("MAMUJU, sulbarnews.example – Bawaslu Kabupaten Mamuju memanggil Kepala Dinas Kesehatan Mamuju, dr. Rahmawati Said, M.Kes, Selasa (15/10/2024). Ia diduga hadir dalam kampanye pasangan calon bupati nomor urut 2 di Kecamatan Kalukku sehari sebelumnya. \"Kami sudah meminta keterangan yang bersangkutan,\" kata Ketua Bawaslu Mamuju, Abdul Rahman Latif. Rahmawati membantah terlibat kampanye.",
     ['Rahmawati Said']),
    ("KUPANG, timorpos.example – Seorang lurah di Kota Kupang dilaporkan ke Bawaslu setelah foto dirinya berpose dua jari bersama calon wali kota beredar di media sosial. Lurah Oebobo, Yohanis Benu, mengaku foto itu diambil tanpa sengaja. \"Saya hanya menyapa warga,\" ujar Yohanis, Kamis (7/11/2024).",
     ['Yohanis Benu']),
    ("Bawaslu RI mengingatkan seluruh aparatur sipil negara agar tidak terlibat politik praktis. Anggota Bawaslu RI, Hendrik Malonda, menegaskan ASN yang terbukti melanggar akan direkomendasikan ke BKN. \"Netralitas adalah harga mati,\" kata Hendrik di Jakarta, Senin (23/9/2024).",
     []),
    ("PALEMBANG, sumselkini.example – Penjabat Wali Kota Palembang, Ratna Dewanti, mengimbau camat dan lurah menjaga netralitas. Dalam apel pagi, Senin (30/9/2024), Ratna Dewanti meminta ASN tidak mengunggah dukungan di media sosial.",
     []),
    ("BANTAENG, celebesnews.example – Sekretaris Daerah Kabupaten Bantaeng, Andi Abdul Wahab, diperiksa Bawaslu terkait video pengarahan kepada kepala desa. Video itu direkam dalam pertemuan di aula kantor bupati pada Rabu, 2 Oktober 2024. Laporan masuk ke Bawaslu dua hari kemudian. Wahab belum memberikan tanggapan.",
     ['Andi Abdul Wahab']),
    ("Opini\nOleh: Rini Kartika, peneliti kebijakan publik\nNetralitas ASN bukan sekadar aturan. Setiap pilkada, kita menyaksikan camat dan lurah ditarik ke pusaran politik. Pj kepala daerah yang diangkat pemerintah pusat punya posisi rawan.",
     []),
    ("SORONG, papuabarat.example – Bawaslu Kota Sorong menghentikan penanganan dugaan pelanggaran netralitas yang dilaporkan terhadap guru SMP negeri berinisial YK. Menurut anggota Bawaslu Kota Sorong, Markus Kambu, unsur pelanggaran tidak terpenuhi. Keputusan diambil dalam rapat pleno Jumat (1/11/2024).",
     []),
    ("GARUT, priangan.example – Badan Kepegawaian Negara menjatuhkan sanksi penundaan kenaikan pangkat kepada Camat Cibatu, Dede Supriatna. Kepala BKPSDM Garut, Ujang Saepudin, mengatakan sanksi diberikan setelah rekomendasi Bawaslu diterima pekan lalu. Dede terbukti menghadiri deklarasi dukungan pasangan calon bupati.",
     ['Dede Supriatna']),
    ("MEDAN, sumutpos.example – Ketua Bawaslu Sumatera Utara, Jonatan Alamsyah, mengatakan pihaknya menerima 23 laporan dugaan pelanggaran netralitas ASN selama masa kampanye. Hingga Kamis (14/11/2024), 15 di antaranya sudah direkomendasikan ke BKN.",
     []),
    ("TERNATE, malutpost.example – Pj Bupati Halmahera Tengah, Ikhsan Malik Sangaji, dilaporkan ke Bawaslu karena diduga mengarahkan kepala dinas untuk memenangkan pasangan calon tertentu. Pelapor, Hasan Basri, menyerahkan bukti rekaman suara, Selasa (8/10/2024). \"Kami minta Bawaslu serius,\" ujar Hasan. Ikhsan belum bisa dikonfirmasi.",
     ['Ikhsan Malik Sangaji']),
    ("PONTIANAK, borneonews.example – Dua aparatur sipil negara Pemerintah Kota Pontianak dilaporkan ke Bawaslu karena mengunggah foto bersama calon wali kota di Instagram. Keduanya adalah Kepala Seksi Perizinan DPMPTSP, Rina Marlina, dan staf Dinas Pendidikan, Agus Salim Harahap. Laporan diserahkan kemarin.",
     ['Rina Marlina', 'Agus Salim Harahap']),
    ("Video berdurasi satu menit yang memperlihatkan Camat Tomohon Utara, Fransiskus Rumengan, membagikan stiker pasangan calon viral sejak Senin lalu. Bawaslu Kota Tomohon sudah menelusuri video itu. Fransiskus mengatakan stiker itu dititipkan warga.",
     ['Fransiskus Rumengan']),
    ("BIMA, lombokpost.example – Oknum guru PPPK di Kabupaten Bima diduga menjadi anggota tim kampanye pasangan calon bupati. Bawaslu Kabupaten Bima memanggil guru berinisial SR itu pekan lalu. Ketua Bawaslu Bima, Hj. Ani Suryani, S.Pd., M.Pd., mengatakan SR mengakui namanya tercantum dalam SK tim kampanye.",
     []),
    ("MAKASSAR, fajar.example – Penjabat Gubernur Sulawesi Selatan, Prof. Zulkarnain Arif Fadli, menandatangani pakta integritas netralitas ASN bersama seluruh kepala perangkat daerah, Jumat (6/9/2024). Zulkarnain meminta ASN melapor bila diarahkan mendukung calon tertentu.",
     []),
    ("KENDARI, sultrakini.example – Bawaslu Sulawesi Tenggara merekomendasikan sanksi terhadap Kepala Biro Umum Setda Sultra, La Ode Muhammad Harun, ke BKN, Rabu (20/11/2024). Harun dinilai terbukti memfasilitasi kegiatan kampanye di rumah jabatan gubernur pada 2 November 2024.",
     ['La Ode Muhammad Harun']),
    ("Kepala Sekolah SMA Negeri 2 Kolaka, Drs. Hamzah Ladjuni, dilaporkan tim pemenangan pasangan nomor urut 1 karena meminta guru memilih pasangan nomor urut 3. Menurut Hamzah, ia hanya menyampaikan visi misi semua calon.",
     ['Hamzah Ladjuni']),
    ("JAKARTA, nasionalpos.example – Komisi II DPR menggelar rapat dengar pendapat dengan Bawaslu, KPU, dan BKN, Selasa (5/11/2024). Wakil Ketua Komisi II DPR, Arya Bimantara, meminta BKN tegas terhadap ASN yang terbukti tidak netral. Kepala BKN, Zulfikar Amin, menyebut 200 ASN sudah dijatuhi sanksi.",
     []),
    ("Seorang bidan desa berstatus PNS di Kecamatan Wotu, Luwu Timur, kedapatan ikut berkampanye. Bidan bernama Sitti Aminah itu terekam berorasi di panggung kampanye pada Sabtu (19/10/2024). Bawaslu Luwu Timur telah meminta klarifikasi, Senin (21/10/2024).",
     ['Sitti Aminah']),
    ("Kepala Desa Sukamaju, Ahmad Jaelani, dilaporkan ke Bawaslu karena mengajak warga memilih calon bupati tertentu. Kepala desa bukan ASN sehingga ditangani dengan aturan lain, kata Ketua Bawaslu, Selasa (12/11/2024).",
     ['Ahmad Jaelani']),
    ("Lurah Bontoala, Andi Baso Mappasomba, dan Sekretaris Lurah, Nurhayati, menghadiri deklarasi dukungan untuk calon wali kota Makassar, Minggu (27/10/2024). Keduanya kini diperiksa Bawaslu Kota Makassar.",
     ['Andi Baso Mappasomba', 'Nurhayati']),
    ("DENPASAR, balipost.example – Kepala Dinas Pariwisata Kabupaten Gianyar, I Made Suarjana Putra, dilaporkan ke Bawaslu Gianyar karena diduga mengajak pegawainya mendukung pasangan calon bupati nomor urut 1. Suarjana membantah tuduhan itu.",
     ['I Made Suarjana Putra']),
    ("Plt Kepala Dinas Sosial Kota Serang, H. Abdul Rahman, S.Sos., M.Si., terekam kamera menghadiri kampanye akbar pasangan calon wali kota. Bawaslu Kota Serang langsung memanggil Abdul Rahman untuk klarifikasi.",
     ['Abdul Rahman']),
    ("Kadisdik Kabupaten Jeneponto, Muhammad Ansar, dipanggil Bawaslu terkait surat edaran yang meminta guru hadir dalam acara pasangan calon bupati. Ansar mengaku surat itu dibuat stafnya tanpa sepengetahuannya.",
     ['Muhammad Ansar']),
    ("Seorang PNS di lingkungan Pemkab Sumbawa berinisial HR diduga menjadi pengurus partai politik. Ketua Bawaslu Sumbawa, Hj. Nurhidayah Fitri, mengatakan HR sudah dua kali mangkir dari panggilan.",
     []),
    ("Mantan Sekda Kota Bima yang kini menjadi calon wali kota, Ir. Muhtar Landa, melaporkan Camat Rasanae Barat, Syamsuddin Yakub, ke Bawaslu karena diduga mengarahkan ketua RT mendukung petahana.",
     ['Syamsuddin Yakub']),
    ("Kapolres Sinjai, AKBP Hari Azhari, menyatakan siap membantu Bawaslu mengusut dugaan keterlibatan ASN dalam kampanye. Sejauh ini Bawaslu Sinjai telah memeriksa dua ASN Dinas Pertanian.",
     []),
    ("Bupati Wajo, Amirul Mahmud, yang kembali maju sebagai calon petahana, dilaporkan karena melibatkan camat dalam kampanye. Camat Tempe, Andi Pallawarukka, disebut hadir mengenakan seragam dinas.",
     ['Amirul Mahmud', 'Andi Pallawarukka']),
    ("Guru honorer di SDN 5 Tondano bernama Yulin Mamahit mengunggah dukungan untuk calon gubernur di Facebook. Bawaslu Minahasa menyebut guru honorer bukan ASN sehingga tidak diproses sebagai pelanggaran netralitas.",
     ['Yulin Mamahit']),
]


@pytest.mark.parametrize(("text", "accused"), ARTICLES, ids=[f"article{i}" for i in range(len(ARTICLES))])
def test_the_accused_are_named_in_full_and_nobody_else_is(text, accused):
    actors = find_actors(text, find_regions(text).spans)
    named = [a.name for a in actors if a.name and a.accused and not a.name.isupper()]
    assert named == accused
