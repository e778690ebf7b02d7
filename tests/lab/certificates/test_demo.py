def test_the_demo_has_a_certificate_with_as_found_and_as_left_results_and_says_what_was_adjusted(
    tmp_path,
):
    from lab.certificates.assemble import ADJUSTED_REMARK
    from lab.certificates.demo import ADJUSTMENT, load_demo_calibrations
    from lab.certificates.issuing import preview_content
    from lab.demo import load_demo_lab
    from lab.storage import open_database

    database = open_database(tmp_path / "demo.sqlite")
    with database.session() as session:
        load_demo_lab(session)
        ids = load_demo_calibrations(session)
    with database.read_session() as session:
        contents = [preview_content(session, i) for i in ids]
    adjusted = [c for c in contents if len(c.tables) == 2]
    assert adjusted, "no demo certificate shows an adjustment"
    phases = [t.phase for t in adjusted[0].tables]
    assert phases == ["as_found", "as_left"]
    remarks = [r.en for r in adjusted[0].remarks]
    assert ADJUSTED_REMARK.en in remarks and f"Adjustment made: {ADJUSTMENT}" in remarks
    database.close()
