import pytest

from pantau.ingest.boilerplate import strip_boilerplate

BODY_1 = "Bawaslu Kabupaten Sleman memanggil dua lurah yang diduga ikut kampanye pasangan calon."
BODY_2 = "Keduanya diminta hadir untuk klarifikasi pada Kamis pekan ini, kata Ketua Bawaslu Sleman."


@pytest.mark.parametrize(
    "furniture",
    [
        "BACA JUGA: Jembatan Gantung di Cangkringan Diresmikan",
        "BACA JUGA:Jembatan Gantung di Cangkringan Diresmikan",
        "Baca Juga :   Jembatan Gantung di Cangkringan Diresmikan",
        "(Baca juga: Jembatan Gantung di Cangkringan Diresmikan)",
        "Baca juga: Jembatan Gantung di Cangkringan Diresmikan |",
        "Lihat juga: Video Banjir di Sleman",
        "Editor: Sri Wahyuni",
        "Penulis: Andi Saputra | Editor: Sri Wahyuni",
        "Pewarta : Andi Saputra",
        "Laporan Wartawan Harian Jogja, Andi Saputra",
        "Bagikan",
        "Komentar",
        "Advertisement",
        "Iklan - Geser ke atas untuk melanjutkan.",
        "Font: Ukuran: - +",
        "0 dilihat",
        "Ketua Bawaslu Sleman saat memberi keterangan. (Foto: Istimewa)",
        "Ilustrasi kotak suara. (Foto: Dok. Kabar Jogja)",
        "Ketua Bawaslu Sleman memberi keterangan. Foto: Ist.",
        "Anggota Bawaslu Sleman, Dewi Lestari/Ist",
        "Suasana rapat di kantor Bawaslu. /Andi Saputra/kabarjogja.com",
        "(Andi Saputra)",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "[Gambas:Video Kabar Jogja]",
        'Simak Video "Warga Antre Bantuan Beras"',
        "Halaman: 1 2 3",
        "Halaman Selanjutnya >>",
        "Follow Berita Kabar Jogja di Google News",
        "Klik di sini untuk berlangganan",
        "***",
        "Cek Berita dan Artikel yang lain di Google News",
        "Advertising",
        "· 3 menit baca",
        "KOMPAS/ANDI SAPUTRA",
        "[*/Red]",
    ],
)
def test_page_furniture_lines_are_removed_and_the_article_kept(furniture):
    text = f"{BODY_1}\n{furniture}\n{BODY_2}"
    assert strip_boilerplate(text) == f"{BODY_1}\n{BODY_2}"


def test_a_bare_related_link_label_takes_the_headline_on_the_next_line_with_it():
    text = f"{BODY_1}\nBaca Juga:\nJembatan Gantung di Cangkringan Diresmikan\n{BODY_2}"
    assert strip_boilerplate(text) == f"{BODY_1}\n{BODY_2}"


@pytest.mark.parametrize("label", ["Reporter", "Editor:", "Oleh", "Wartawan"])
def test_a_byline_label_alone_takes_the_name_on_the_next_line_with_it(label):
    text = f"{label}\n\nAndi Saputra\n\n{BODY_1}"
    assert strip_boilerplate(text) == BODY_1


@pytest.mark.parametrize(
    "page_end",
    [
        "Tinggalkan Balasan\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
        "Artikel Terkait\nHarga Beras Turun di Pasar Beringharjo\nWarga Sleman Gotong Royong",
        "Copyright © Kabar Jogja 2024\nKantor: Jalan Magelang Km 5",
        "Kantor Redaksi\nJalan Kaliurang Km 7, Sleman",
        'Artikel ini telah tayang di KabarJogja.id dengan judul "Lurah Dipanggil Bawaslu"\nPenulis: Andi',
        "Tags: Bawaslu, Sleman, Pilkada 2024",
    ],
)
def test_everything_from_the_comment_form_or_footer_on_is_removed(page_end):
    assert strip_boilerplate(f"{BODY_1}\n{BODY_2}\n{page_end}") == f"{BODY_1}\n{BODY_2}"


def test_desk_tag_closing_the_article_is_removed():
    assert strip_boilerplate(f"{BODY_1}\n{BODY_2} (as/red)") == f"{BODY_1}\n{BODY_2}"


@pytest.mark.parametrize(
    "prose",
    [
        # the words that mark furniture, inside sentences of the article
        "Video itu mendapat 1.200 komentar dan dibagikan ratusan kali sebelum dihapus oleh pemiliknya.",
        "Editor sebuah media lokal ikut melaporkan dugaan pelanggaran itu ke Bawaslu Sleman.",
        "Warga diminta membaca juga aturan tentang netralitas ASN yang dimuat di situs resmi Bawaslu.",
        "Ia menyebut foto bersama pasangan calon itu diambil di halaman kantor kecamatan pada Senin.",
    ],
)
def test_sentences_that_mention_the_same_words_are_kept(prose):
    assert strip_boilerplate(f"{BODY_1}\n{prose}\n{BODY_2}") == f"{BODY_1}\n{prose}\n{BODY_2}"


def test_paragraph_breaks_survive_and_runs_of_blank_lines_shrink():
    text = f"{BODY_1}\n\n\n\nBACA JUGA: Lain\n\n\n{BODY_2}"
    assert strip_boilerplate(text) == f"{BODY_1}\n\n{BODY_2}"


def test_a_long_paragraph_ending_in_a_photo_credit_keeps_its_prose():
    paragraph = (
        "Bawaslu Kabupaten Sleman memanggil dua lurah yang diduga ikut kampanye pasangan calon bupati di "
        "lapangan desa pada Minggu sore, setelah video kegiatan itu beredar luas di media sosial dan grup "
        "percakapan warga. (Foto: Istimewa)"
    )
    assert strip_boilerplate(f"{paragraph}\n{BODY_2}") == f"{paragraph[:-len(' (Foto: Istimewa)')]}\n{BODY_2}"


def test_a_sentence_ending_with_a_website_is_prose_not_a_caption():
    line = "Warga dapat melaporkan dugaan pelanggaran melalui situs resmi sigaplapor.bawaslu.id."
    assert strip_boilerplate(f"{BODY_1}\n{line}") == f"{BODY_1}\n{line}"


def test_a_sidebar_heading_ends_the_article_but_a_breadcrumb_above_it_is_only_dropped():
    sidebar = "Terpopuler\nHarga Beras Turun di Pasar Beringharjo\nWarga Sleman Gotong Royong Bersihkan Sungai"
    assert strip_boilerplate(f"Berita Terkini\n{BODY_1}\n{BODY_2}\n{sidebar}") == f"{BODY_1}\n{BODY_2}"


def test_a_list_of_related_headlines_goes_and_a_list_of_facts_stays():
    related = (
        "- Harga Beras Turun Drastis di Pasar Beringharjo Pekan Ini\n"
        "- Warga Sleman Gotong Royong Bersihkan Sungai Code\n"
        "- Festival Kuliner Malioboro Kembali Digelar Bulan Depan"
    )
    facts = (
        "- dua lurah diduga hadir dalam kampanye terbuka;\n"
        "- seorang camat mengunggah dukungan di media sosial;\n"
        "- tiga guru PPPK ikut mengatur kursi peserta."
    )
    assert strip_boilerplate(f"{BODY_1}\n{related}\n{BODY_2}") == f"{BODY_1}\n{BODY_2}"
    assert strip_boilerplate(f"{BODY_1}\n{facts}\n{BODY_2}") == f"{BODY_1}\n{facts}\n{BODY_2}"


def test_a_lower_case_desk_tag_glued_to_the_last_sentence_goes():
    assert strip_boilerplate(f"{BODY_1}\n{BODY_2} ***(rpb)") == f"{BODY_1}\n{BODY_2}"
    # an acronym in capitals closing a cut-off excerpt is text, not a tag
    assert strip_boilerplate(f"{BODY_1}\nPelakunya aparatur sipil negara (ASN)") == f"{BODY_1}\nPelakunya aparatur sipil negara (ASN)"
