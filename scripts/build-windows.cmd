@echo off
rem Builds dist\Facilitator-VERSION-setup.exe on Windows, with Python 3.11 or newer (the py
rem launcher from python.org) and Inno Setup 6. Skips the build when nothing changed since
rem the last one; --force builds anyway. See docs\installers.md.
setlocal
cd /d "%~dp0.."
py -3 -c "import sys; sys.exit(sys.version_info < (3, 11))" || (echo error: Facilitator needs Python 3.11 or newer 1>&2 & exit /b 1)
if not exist .venv\Scripts\python.exe (py -3 -m venv .venv || exit /b 1)
.venv\Scripts\python -m pip install --quiet --disable-pip-version-check -e ".[build]" || exit /b 1
.venv\Scripts\python installers\package.py %* || exit /b 1
