"""count-mismatch: "-" lines that each open with their own count, adding up to the announced one, are the kinds of
the announced thing (each counted), not its items; when they do not add up the lines are read as items again."""

from minutes_app.core.engine import analyze


def _flagged(text: str) -> list[str]:
    return [f.text for f in analyze(text + "\n").findings if f.code == "count-mismatch"]


def test_kinds_adding_up_are_no_items():
    assert not _flagged("Đảng ủy đã ban hành 15 văn bản chỉ đạo, gồm:\n- 4 nghị quyết;\n- 6 kế hoạch;\n- 5 công văn.")
    assert not _flagged("Đảng ủy đã ban hành 15 văn bản chỉ đạo quý II năm 2025, gồm:\n- 4 nghị quyết;\n"
                        "- 6 kế hoạch;\n- 5 công văn.")
    assert not _flagged("Hội đã tổ chức 12 lớp tập huấn cho hội viên, gồm:\n- 5 lớp về kỹ thuật trồng lúa;\n"
                        "- 7 lớp về chăn nuôi gia cầm.")


def test_kinds_not_adding_up_or_counts_inside_items():
    assert _flagged("Đảng ủy đã ban hành 15 văn bản chỉ đạo, gồm:\n- 4 nghị quyết;\n- 6 kế hoạch;\n- 4 công văn.") \
        == ["15 văn bản chỉ đạo"]
    # (a count told inside an item, not opening it: the lines are the items)
    assert _flagged("Trong năm, Hội tổ chức 5 hội thi sau:\n- Hội thi cán bộ hội giỏi, thu hút 2 chi hội;\n"
                    "- Hội thi tìm hiểu pháp luật, có 3 đội dự thi.") == ["5 hội thi"]


def test_a_count_s_own_period_before_its_list():
    # the period the quantity layer read for the count, after its noun and qualifier, then the colon of its list
    assert _flagged("Hội nghị thống nhất 4 nhóm nhiệm vụ trọng tâm quý IV năm 2026:\n1. Tập trung thu ngân sách;\n"
                    "2. Chỉ đạo thu hoạch vụ mùa;\n3. Bảo đảm an ninh trật tự.") \
        == ["4 nhóm nhiệm vụ trọng tâm quý IV năm 2026"]
    assert _flagged("Chi ủy thống nhất 3 nhiệm vụ trọng tâm của chi bộ trong tháng 12 năm 2025:\n- Hoàn thành kiểm "
                    "điểm cuối năm;\n- Thu đảng phí quý IV.") == ["3 nhiệm vụ trọng tâm của chi bộ trong tháng 12 năm 2025"]


def test_near_misses_of_a_count_s_own_period():
    # as many items as announced
    assert not _flagged("Hội nghị thống nhất 3 nhóm nhiệm vụ trọng tâm quý IV năm 2026:\n1. Tập trung thu ngân sách;\n"
                        "2. Chỉ đạo thu hoạch vụ mùa;\n3. Bảo đảm an ninh trật tự.")
    # the period is of what follows another count and a comma ("nghe 3 báo cáo, thống nhất nhiệm vụ quý IV …:")
    assert not _flagged("Hội nghị nghe 3 báo cáo, thống nhất nhiệm vụ quý IV năm 2026:\n1. Tập trung thu ngân sách;\n"
                        "2. Chỉ đạo thu hoạch vụ mùa;\n3. Bảo đảm an ninh trật tự;\n4. Chuẩn bị tổng kết năm.")
    # its kinds, each counted, adding up to it
    assert not _flagged("Đảng ủy đã ban hành 15 văn bản chỉ đạo trong quý II năm 2025, gồm:\n- 4 nghị quyết;\n"
                        "- 6 kế hoạch;\n- 5 công văn.")
