from pantau.ingest.hard_wraps import join_hard_wraps, space_glued_sentences


def test_lines_cut_mid_sentence_are_joined_and_paragraphs_kept():
    text = (
        "Ketua Bawaslu mengatakan pihaknya akan\nmelakukan klarifikasi pekan ini,\nSenin (7/10/2024).\n\n"
        "Paragraf kedua tetap terpisah.\nKalimat baru di baris baru juga tetap."
    )
    assert join_hard_wraps(text) == (
        "Ketua Bawaslu mengatakan pihaknya akan melakukan klarifikasi pekan ini, Senin (7/10/2024).\n\n"
        "Paragraf kedua tetap terpisah.\nKalimat baru di baris baru juga tetap."
    )


def test_a_headline_line_before_a_capitalised_line_is_not_joined():
    assert join_hard_wraps("Bawaslu Panggil Camat\nBadan Pengawas Pemilu memanggil camat.") == (
        "Bawaslu Panggil Camat\nBadan Pengawas Pemilu memanggil camat."
    )


def test_a_handle_cut_in_two_is_one_word_again():
    assert join_hard_wraps("diunggah akun @\nkabarwarga pada Senin.") == "diunggah akun @kabarwarga pada Senin."


def test_glued_sentences_get_their_space_back_and_abbreviations_do_not():
    assert space_glued_sentences('kata dia.Ketua Bawaslu menambahkan.“Kami siap,” ujarnya.') == (
        'kata dia. Ketua Bawaslu menambahkan. “Kami siap,” ujarnya.'
    )
    unchanged = "Abdullah Mokoginta, S.H., M.Si. hadir; Rp1.500.000 dan Kompas.com serta pukul 10.00 WIB."
    assert space_glued_sentences(unchanged) == unchanged
