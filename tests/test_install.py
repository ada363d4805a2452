"""The package works installed outside the checkout: the seed article ships inside it, and the
defaults resolve without the project's folders."""
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from rag.config import CHECKOUT, Settings

QUESTION = "How many Russians entered Kazakhstan?"


@pytest.mark.slow
def test_a_wheel_installed_in_a_new_venv_elsewhere_answers(tmp_path):
    """The project is built as a wheel and installed, without its dependencies, into a new venv
    outside the checkout; the dependencies (torch, llama.cpp, the model parts: gigabytes) are
    this venv's, seen through a .pth file, not installed again."""
    assert CHECKOUT is not None
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "project-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    source = tmp_path / "source"  # built from a copy: the build leaves nothing in the checkout
    for folder in ("rag", "seeds"):
        shutil.copytree(CHECKOUT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(CHECKOUT / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(wheels), str(source)], check=True)
    [wheel] = wheels.glob("rag-*.whl")
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True)

    home = tmp_path / "home"  # the assembled model, seen through a link; indexes land here
    home.mkdir()
    (home / "models").symlink_to(Settings.from_env().home / "models")
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")} | {"RAG_HOME": str(home)}
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run([python, "-c", "import rag.config as c; print(c.__file__, c.CHECKOUT, "
                            "c.DEFAULT_ARTICLE.is_file(), c.Settings().index_dir)"],
                           cwd=work, env=env, capture_output=True, text=True, check=True).stdout.split()
    assert where[0].startswith(site) and where[1:] == ["None", "True", str(home / "indexes")]

    out = subprocess.run([venv / "bin" / "rag", "ask", QUESTION, "--json"], cwd=work, env=env,
                         capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert "98,000" in answer["text"] and not answer["refused"] and answer["citations"]
    assert list((home / "indexes").iterdir()) and not list(work.iterdir())
