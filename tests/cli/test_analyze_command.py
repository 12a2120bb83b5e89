import json

from pantau.cli.main import main


def test_analyze_writes_one_contract_line_per_jsonl_article(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "x1", "text": "Camat Sukamaju hadir di deklarasi pasangan calon."}) + "\n"
        + json.dumps({"id": "x2", "text": "Bawaslu menggelar sosialisasi netralitas ASN."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(src), "-o", str(out), "--quiet"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["x1", "x2"]
    for line in lines:
        for key in ("about_asn_neutrality", "event_kind", "violation", "actors", "region",
                    "regions_mentioned", "event_date", "story", "news_event", "duplicate_of", "warnings"):
            assert key in line


def test_analyze_without_inputs_is_bad_usage(capsys):
    try:
        main(["analyze"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("expected a usage error")


FIXTURES = __import__("pathlib").Path(__file__).resolve().parents[1] / "ingest" / "fixtures"


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_input_kind_in_one_run_with_error_lines_in_place(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    inputs = [FIXTURES / "txt" / "camat_hadiri_deklarasi.txt", FIXTURES / "jsonl" / "campuran.jsonl",
              FIXTURES / "feeds" / "rss_wib.xml", FIXTURES / "html" / "kades_bukan_asn.html", tmp_path / "hilang.txt"]
    status = main(["analyze", *map(str, inputs), "-o", str(out), "--include-text"])
    assert status == 1  # some inputs could not be read
    lines = _lines(out)
    assert len(lines) == 1 + 7 + 4 + 1 + 1
    errors = [line for line in lines if "error" in line]
    assert all(set(line) == {"id", "source", "error"} for line in errors)
    assert [e["source"].rsplit("/", 1)[-1] for e in errors] == [
        "campuran.jsonl:3", "campuran.jsonl:4", "rss_wib.xml#entry4", "hilang.txt"]
    assert lines[0]["id"] == "camat_hadiri_deklarasi" and lines[0]["outlet"] == "wartapriangan.com"
    assert "BACA JUGA" not in lines[0]["text"]
    stderr = capsys.readouterr().err
    assert "10 articles read, 4 failed, " in stderr
    # at least j2 (AMP of j1), j6 (same text as j2) and the saved page that line j5 already carried;
    # grouping may find near-copies too
    duplicates = int(stderr.split("4 failed, ")[1].split(" duplicates")[0])
    assert duplicates >= 3
    assert "analysing" not in stderr  # no progress bar when stderr is not a terminal


def test_all_read_is_exit_0_and_quiet_prints_nothing(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(FIXTURES / "txt"), "-o", str(out), "--quiet"]) == 0
    assert len(_lines(out)) == 5
    assert capsys.readouterr().err == ""


def test_bad_usage_is_exit_2(tmp_path, capsys):
    assert main(["analyze", str(FIXTURES / "txt"), "--resume"]) == 2
    assert "--resume needs -o" in capsys.readouterr().err
    assert main(["analyze", str(FIXTURES / "txt"), "--workers", "0"]) == 2
    assert main(["analyze", str(FIXTURES / "txt"), "--timeout", "0"]) == 2


def test_resume_after_a_crash_writes_each_id_once_and_matches_a_clean_run(tmp_path):
    inputs = [str(FIXTURES / "txt"), str(FIXTURES / "jsonl" / "campuran.jsonl")]
    clean = tmp_path / "clean.jsonl"
    main(["analyze", *inputs, "-o", str(clean), "--quiet"])
    clean_lines = clean.read_text(encoding="utf-8").splitlines(keepends=True)
    crashed = tmp_path / "crashed.jsonl"
    # a run that died after three lines, in the middle of writing the fourth
    crashed.write_text("".join(clean_lines[:3]) + clean_lines[3][:25], encoding="utf-8")
    assert main(["analyze", *inputs, "-o", str(crashed), "--resume", "--quiet"]) == 1
    assert crashed.read_text(encoding="utf-8") == clean.read_text(encoding="utf-8")
    # resuming a finished run adds nothing
    main(["analyze", *inputs, "-o", str(crashed), "--resume", "--quiet"])
    assert crashed.read_text(encoding="utf-8") == clean.read_text(encoding="utf-8")


def test_workers_give_the_same_output(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    inputs = [str(FIXTURES / "txt"), str(FIXTURES / "feeds")]
    main(["analyze", *inputs, "-o", str(one), "--quiet"])
    main(["analyze", *inputs, "-o", str(two), "--quiet", "--workers", "2"])
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_size_cap_option(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(FIXTURES / "html" / "kades_bukan_asn.html"), "-o", str(out), "--quiet",
                 "--max-size", "0.001"]) == 1
    [line] = _lines(out)
    assert line["error"].startswith("file too large")


def test_seeds_give_five_lines_with_their_outlets(seeds_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(seeds_dir), "-o", str(out), "--quiet", "--include-text"]) == 0
    labels = {json.loads(line)["id"]: json.loads(line)["outlet"] for line in (seeds_dir / "labels.jsonl").open()}
    lines = _lines(out)
    assert {line["id"]: line["outlet"] for line in lines} == labels
    assert not any("BACA JUGA" in line["text"].upper() or "Tinggalkan Balasan" in line["text"] for line in lines)


def test_devset_gives_83_lines_and_no_error(devset_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(devset_dir / "articles.jsonl"), "-o", str(out), "--quiet"]) == 0
    lines = _lines(out)
    assert len(lines) == 83 and not any("error" in line for line in lines)


def test_progress_bar_on_a_terminal(tmp_path):
    import os
    import pty
    import subprocess
    import sys

    controller, terminal = pty.openpty()
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "pantau", "analyze", str(FIXTURES / "txt"), "-o", str(out)],
                   stderr=terminal, check=True, timeout=120)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal side is closed and drained
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert b"analysing: 5 art" in shown
    assert b"5 articles read, 0 failed" in shown


FIRST_REPORT = (
    "KENDARI, kabarsultra.example – Bawaslu Kabupaten Konawe Selatan memeriksa Camat Palangga, "
    "Darmawan Lapae, yang terekam menghadiri deklarasi pasangan calon bupati di Lapangan Andoolo "
    "pada Sabtu (12/10/2024). Video kehadiran Darmawan Lapae beredar luas di media sosial. "
    "Ketua Bawaslu Konawe Selatan, Yusran Tamburaka, mengatakan camat itu akan diklarifikasi pekan ini."
)
SECOND_REPORT = (
    "ANDOOLO, suarakonsel.example – Camat Palangga Darmawan Lapae akhirnya memenuhi panggilan Bawaslu "
    "Konawe Selatan terkait kehadirannya di deklarasi pasangan calon bupati di Lapangan Andoolo, "
    "Sabtu (12/10/2024). Yusran Tamburaka menyebut hasil klarifikasi akan dikaji sebelum diteruskan ke BKN."
)


def test_stories_continue_across_runs_that_share_a_story_index_file(tmp_path):
    index = tmp_path / "stories.sqlite3"
    for name, text in (("r1", FIRST_REPORT), ("r2", SECOND_REPORT)):
        (tmp_path / f"{name}.jsonl").write_text(
            json.dumps({"id": name, "pub_date": "2024-10-14", "text": text}) + "\n", encoding="utf-8"
        )
        assert main(["analyze", str(tmp_path / f"{name}.jsonl"), "-o", str(tmp_path / f"{name}.out"),
                     "--stories", str(index), "--quiet"]) == 0
    first = json.loads((tmp_path / "r1.out").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "r2.out").read_text(encoding="utf-8"))
    assert second["story"] == first["story"] == "s-r1"

    # Without the shared index, the second run knows nothing of the first.
    assert main(["analyze", str(tmp_path / "r2.jsonl"), "-o", str(tmp_path / "alone.out"), "--quiet"]) == 0
    assert json.loads((tmp_path / "alone.out").read_text(encoding="utf-8"))["story"] == "s-r2"


def test_the_whole_output_is_the_same_under_any_hash_seed(tmp_path):
    """Explanations too, not only the contract fields: a supervisor comparing two runs must see no change."""
    import os
    import subprocess
    import sys

    from pantau.data import sample_articles_path

    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "pantau", "analyze", "--quiet", str(sample_articles_path())],
                             env=env, capture_output=True, check=True)
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") >= 60


def test_ctrl_c_ends_with_one_line_and_status_130_and_resume_completes_the_output(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from pantau.data import sample_articles_path

    big = tmp_path / "big.jsonl"
    lines = sample_articles_path().read_text(encoding="utf-8").splitlines()
    big.write_text("".join(
        json.dumps({**json.loads(line), "id": f"{json.loads(line)['id']}-{n}"}) + "\n" for n in range(20) for line in lines
    ), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "pantau", "analyze", str(big), "-o", str(out), "--quiet"],
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"--resume" in err
    assert main(["analyze", str(big), "-o", str(out), "--resume", "--quiet"]) == 0
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 20 * len(lines)
