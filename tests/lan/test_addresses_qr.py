"""Choosing the laptop's address, and the QR codes and payloads built from it."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from facilitator.lan.addresses import choose_address, classify, for_host, list_addresses
from facilitator.lan.qr import png_bytes, qr_matrix, short_address, wifi_payload, write_qr_png


@pytest.mark.parametrize(
    ("interface", "host", "kind"),
    [
        ("wlan0", "192.168.1.20", "wifi"),
        ("wlp3s0", "192.168.1.20", "wifi"),
        ("Wi-Fi", "192.168.1.20", "wifi"),
        ("en0", "192.168.1.20", "wifi"),
        ("wlan0", "10.42.0.1", "hotspot"),
        ("Local Area Connection* 10", "192.168.137.1", "hotspot"),
        ("ap0", "192.168.4.1", "hotspot"),
        ("eth0", "192.168.1.20", "ethernet"),
        ("enp0s31f6", "192.168.1.20", "ethernet"),
        ("docker0", "172.17.0.1", "other"),
        ("vEthernet (WSL)", "172.20.0.1", "other"),
        ("lo", "127.0.0.1", "loopback"),
    ],
)
def test_interfaces_are_classified(interface: str, host: str, kind: str) -> None:
    assert classify(interface, host) == kind


def test_addresses_are_ranked_and_loopback_is_explained() -> None:
    found = list_addresses()
    assert found and found[-1].kind == "loopback"
    assert found[-1].warning_fr and "Wi-Fi" in found[-1].warning_fr
    assert choose_address() == found[0]
    order = ["hotspot", "wifi", "ethernet", "other", "loopback"]
    ranks = [order.index(a.kind) for a in found]
    assert ranks == sorted(ranks)


def test_explicit_hosts() -> None:
    assert for_host("127.0.0.1").kind == "loopback"
    assert for_host("127.0.0.1").warning_en
    assert for_host("0.0.0.0").warning_en  # every network: said plainly


def test_qr_matrix_has_finder_patterns() -> None:
    matrix = qr_matrix("http://192.168.1.20:8765/m/AbCdEfGhIjKlMnOp/", border=4)
    size = len(matrix)
    assert all(len(row) == size for row in matrix)
    assert (size - 8 - 21) % 4 == 0  # a QR version: 21 + 4k modules, plus the quiet zone
    for top, left in ((4, 4), (4, size - 11), (size - 11, 4)):
        ring = [matrix[top][left + i] for i in range(7)]
        assert ring == [True] * 7
        assert matrix[top + 1][left + 1] is False and matrix[top + 3][left + 3] is True
    assert not any(matrix[0]) and not any(row[0] for row in matrix)  # quiet zone


def test_png_is_a_valid_image(tmp_path: Path) -> None:
    matrix = qr_matrix("hello")
    data = png_bytes(matrix, scale=3)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    assert width == height == len(matrix) * 3
    idat = data.index(b"IDAT")
    length = struct.unpack(">I", data[idat - 4 : idat])[0]
    raw = zlib.decompress(data[idat + 4 : idat + 4 + length])
    assert len(raw) == height * (width + 1)
    path = tmp_path / "qr.png"
    write_qr_png("hello", path)
    assert path.read_bytes().startswith(b"\x89PNG")


def test_wifi_payload_escapes_specials() -> None:
    assert wifi_payload('Salle;des "fêtes"', "a:b,c\\d") == (
        'WIFI:T:WPA;S:Salle\\;des \\"fêtes\\";P:a\\:b\\,c\\\\d;;'
    )
    assert wifi_payload("Mairie", "") == "WIFI:T:nopass;S:Mairie;;"


def test_short_address() -> None:
    assert short_address("http://192.168.1.20:8765/m/AbCd/") == "192.168.1.20:8765/m/AbCd"
