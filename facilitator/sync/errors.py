"""Expected failures of talking to a platform, each in plain words (French and English)."""

from __future__ import annotations

from facilitator.domain.errors import FacilitatorError


class SyncError(FacilitatorError):
    """Sync cannot go on; nothing local was lost and a later sync resumes."""


class Unreachable(SyncError):
    @classmethod
    def at(cls, url: str) -> Unreachable:
        return cls(
            f"Cannot reach {url}: check the address and the internet connection, then sync "
            "again (nothing is lost).",
            f"Impossible de joindre {url} : vérifiez l'adresse et la connexion internet, puis "
            "relancez la synchronisation (rien n'est perdu).",
        )


class TlsFailure(SyncError):
    @classmethod
    def at(cls, url: str, detail: str) -> TlsFailure:
        return cls(
            f"The secure connection to {url} failed ({detail}). The platform's certificate is "
            "not valid for this address, or the network intercepts connections.",
            f"La connexion sécurisée à {url} a échoué ({detail}). Le certificat de la "
            "plateforme ne correspond pas à cette adresse, ou le réseau intercepte les "
            "connexions.",
        )


class NotDecidim(SyncError):
    @classmethod
    def at(cls, url: str, detail: str = "") -> NotDecidim:
        extra_en = f" ({detail})" if detail else ""
        return cls(
            f"{url} does not answer like a Decidim platform{extra_en}. Check the address: it is "
            "the platform's home page, e.g. https://participez.example.fr.",
            f"{url} ne répond pas comme une plateforme Decidim{extra_en}. Vérifiez l'adresse : "
            "c'est la page d'accueil de la plateforme, par exemple https://participez.exemple.fr.",
        )


class TooOld(SyncError):
    """The platform cannot take writes through its API (Decidim 0.31 or older)."""


class WrongComponent(SyncError):
    pass


class PermissionRefused(SyncError):
    pass


class Nonsense(SyncError):
    """The platform answered something that is not its API's answer (HTML, cut-off JSON)."""


class SignInNeeded(SyncError):
    pass


class NoKeyring(SyncError):
    @classmethod
    def make(cls) -> NoKeyring:
        return cls(
            "This computer has no password store (keyring) for the platform's secrets, and "
            "Facilitator never writes a secret to a file. Set FACILITATOR_DECIDIM_API_KEY and "
            "FACILITATOR_DECIDIM_API_SECRET instead, or install a keyring (e.g. GNOME Keyring, "
            "KWallet).",
            "Cet ordinateur n'a pas de trousseau pour les secrets de la plateforme, et "
            "Facilitator n'écrit jamais de secret dans un fichier. Définissez plutôt "
            "FACILITATOR_DECIDIM_API_KEY et FACILITATOR_DECIDIM_API_SECRET, ou installez un "
            "trousseau (GNOME Keyring, KWallet…).",
        )


class Transient(SyncError):
    """A failure that may heal by itself (a 5xx, a timeout, a 429): tried again with backoff.

    ``ambiguous``: the request may have been applied (it left and no clear answer came back),
    so a write must be looked up on the platform before it is sent again.
    ``retry_after``: seconds the platform asked to wait (429 with Retry-After).
    ``running``: the request may still be running on the platform (our timeout, a gateway's
    504): wait before looking it up. A cut connection or a 500 came after the work was done.
    """

    def __init__(
        self,
        en: str,
        fr: str | None = None,
        *,
        ambiguous: bool,
        retry_after: float | None = None,
        running: bool = False,
    ) -> None:
        super().__init__(en, fr)
        self.ambiguous = ambiguous
        self.retry_after = retry_after
        self.running = running


class AuthExpired(SyncError):
    """HTTP 401: the token expired or was revoked (renewed once by the client)."""
