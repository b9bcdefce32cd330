"""Which address of this laptop the phones should use: Wi-Fi or hotspot first, loopback last."""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass

import psutil

#: Preference order, best first.
KINDS = ("hotspot", "wifi", "ethernet", "other", "loopback")

_HOTSPOT = re.compile(r"^(ap\d|uap\d|bridge100|hotspot)|local area connection\*", re.IGNORECASE)
_WIFI = re.compile(r"^(wl|wlan|wlp|wifi|ath|ra\d)|wi-?fi|wireless|wlan", re.IGNORECASE)
_ETHERNET = re.compile(r"^(eth|en[ospx]|em\d|enx|ethernet)|^ethernet", re.IGNORECASE)
_VIRTUAL = re.compile(
    r"^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|tailscale|zt|utun|wg|lxc|lxd|podman|cni|"
    r"flannel|kube)|vmware|virtualbox|hyper-v|vethernet",
    re.IGNORECASE,
)

VIRTUAL_EN = (
    "The only network found on this laptop looks virtual ({name}); phones may not reach it. "
    "Connect the laptop to the room's Wi-Fi or turn on its hotspot."
)
VIRTUAL_FR = (
    "Le seul réseau trouvé sur cet ordinateur semble virtuel ({name}) ; les téléphones ne "
    "pourront peut-être pas le joindre. Connectez l'ordinateur au Wi-Fi de la salle ou activez "
    "son point d'accès."
)

LOOPBACK_EN = (
    "This laptop is not connected to any network, so phones cannot reach it. Connect it to the "
    "room's Wi-Fi or turn on its Wi-Fi hotspot, then start the phone server again."
)
LOOPBACK_FR = (
    "Cet ordinateur n'est connecté à aucun réseau : les téléphones ne peuvent pas le joindre. "
    "Connectez-le au Wi-Fi de la salle ou activez son point d'accès Wi-Fi, puis relancez le "
    "serveur des téléphones."
)


@dataclass(frozen=True)
class AddressChoice:
    """An IPv4 address phones can use, the interface it belongs to, and why it was chosen.

    ``warning_en``/``warning_fr`` say plainly what is wrong when phones cannot use it.
    """

    host: str
    interface: str
    kind: str  # "wifi" | "hotspot" | "ethernet" | "loopback" | "other"
    warning_en: str | None = None
    warning_fr: str | None = None


def classify(interface: str, host: str) -> str:
    """The kind of an interface, from its name (Linux, Windows and macOS conventions)."""
    try:
        ip = ipaddress.IPv4Address(host)
    except ValueError:
        return "other"
    if ip.is_loopback:
        return "loopback"
    if _VIRTUAL.search(interface):
        return "other"
    # Windows' mobile hotspot and NetworkManager's shared Wi-Fi use these fixed addresses.
    if host == "192.168.137.1" or (host.startswith("10.42.0.") and _WIFI.search(interface)):
        return "hotspot"
    if _HOTSPOT.search(interface):
        return "hotspot"
    if _WIFI.search(interface):
        return "wifi"
    if interface == "en0":  # macOS: en0 is the Wi-Fi on laptops
        return "wifi"
    if _ETHERNET.search(interface):
        return "ethernet"
    return "other"


def _rank(choice: AddressChoice) -> tuple[int, int, str]:
    ip = ipaddress.IPv4Address(choice.host)
    private = 0 if ip.is_private else 1
    return (KINDS.index(choice.kind), private, choice.interface)


def list_addresses() -> list[AddressChoice]:
    """Every usable IPv4 address of the interfaces that are up, best first."""
    try:
        addrs = psutil.net_if_addrs()
        stats = psutil.net_if_stats()
    except (OSError, RuntimeError):
        addrs, stats = {}, {}
    found: list[AddressChoice] = []
    for name, entries in addrs.items():
        stat = stats.get(name)
        if stat is not None and not stat.isup:
            continue
        for entry in entries:
            if entry.family != socket.AF_INET or not entry.address:
                continue
            ip = ipaddress.IPv4Address(entry.address)
            if ip.is_link_local or ip.is_unspecified or ip.is_multicast:
                continue
            kind = classify(name, entry.address)
            warning: tuple[str | None, str | None] = (None, None)
            if kind == "loopback":
                warning = (LOOPBACK_EN, LOOPBACK_FR)
            elif kind == "other" and _VIRTUAL.search(name):
                warning = (VIRTUAL_EN.format(name=name), VIRTUAL_FR.format(name=name))
            found.append(AddressChoice(entry.address, name, kind, warning[0], warning[1]))
    if not any(c.kind == "loopback" for c in found):
        found.append(AddressChoice("127.0.0.1", "lo", "loopback", LOOPBACK_EN, LOOPBACK_FR))
    return sorted(found, key=_rank)


def choose_address() -> AddressChoice:
    """The address to serve phones on: a hotspot or Wi-Fi one if any, loopback as a last resort."""
    return list_addresses()[0]


def for_host(host: str) -> AddressChoice:
    """The choice for an address given explicitly (``--host``)."""
    for choice in list_addresses():
        if choice.host == host:
            return choice
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return AddressChoice(host, "", "other")
    if ip.is_loopback:
        return AddressChoice(host, "lo", "loopback", LOOPBACK_EN, LOOPBACK_FR)
    if ip.is_unspecified:
        networks = ", ".join(f"{c.interface} {c.host}" for c in list_addresses())
        return AddressChoice(
            host,
            "all",
            "other",
            f"Listening on every network of this laptop ({networks}), including ones you may "
            "not trust: anyone on them who learns the meeting code can vote. Choose one address "
            "with --host to serve only the room's network.",
            f"Écoute sur tous les réseaux de cet ordinateur ({networks}), y compris ceux qui ne "
            "sont peut-être pas de confiance : quiconque y apprend le code de la réunion peut "
            "voter. Choisissez une seule adresse avec --host pour ne servir que le réseau de la "
            "salle.",
        )
    return AddressChoice(host, "", "other")
