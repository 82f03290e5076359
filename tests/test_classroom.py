"""The classroom server's nginx configuration, as tools/classroom.py writes it."""
import re
import subprocess

import pytest

from tools.classroom import find_nginx, nginx_config
from ui.csv_table import MAX_BYTES


def test_every_worker_has_a_route_and_a_place_in_the_group(tmp_path):
    text = nginx_config("127.0.0.1:8501", [41001, 41002, 41003], tmp_path / "logs", tmp_path / "run")
    assert not re.search(r"@[A-Z_]+@", text)  # every field filled in
    for port in (41001, 41002, 41003):
        assert f'"{port}" 127.0.0.1:{port};' in text  # the cookie's value names its worker
        assert f"server 127.0.0.1:{port} max_fails=1" in text
    assert "listen 127.0.0.1:8501;" in text
    assert MAX_BYTES == 5 * 2**20 and "client_max_body_size 6m;" in text  # 5 MB files, with the form around


@pytest.mark.skipif(find_nginx() is None,
                    reason="no nginx on this machine (apt-get install nginx)")
def test_nginx_accepts_the_configuration(tmp_path):
    for folder in ("logs", "run"):
        (tmp_path / folder).mkdir()
    conf = tmp_path / "run" / "nginx.conf"
    conf.write_text(nginx_config("127.0.0.1:8501", [41001, 41002], tmp_path / "logs", tmp_path / "run"))
    result = subprocess.run([find_nginx(), "-t", "-p", str(tmp_path / "run"), "-c", str(conf),
                             "-e", str(tmp_path / "logs" / "error.log")], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
