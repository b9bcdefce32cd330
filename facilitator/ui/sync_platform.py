"""The top of the Sync section: the platform's address (remembered), signing in (the browser,
or API credentials under the administrators' expander), and where on the platform the meeting
goes (space, proposals component, meeting or "create it"), chosen by browsing with search.

Signals (PlatformPanel):
    look_requested(str): look at the platform at this address (version, who we are, spaces).
    browser_sign_in_requested(str, str): sign in in the browser (address, OAuth app id).
    api_sign_in_requested(str, str, str): sign in with API credentials (address, key, secret).
    sign_out_requested(str): sign out of this address.
    meetings_requested(str): list the meetings of this meetings component.
    link_requested(object): link the meeting: a :class:`~facilitator.storage.sync_state.SyncLink`
        with the space, components and meeting chosen (not checked yet).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from superqt import QCollapsible, QSearchableComboBox

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import Meeting
from facilitator.storage.sync_state import SyncLink
from facilitator.sync import keystore
from facilitator.sync.errors import NoKeyring
from facilitator.sync.platform import RemoteMeeting, Space
from facilitator.ui.sync_driver import PlatformInfo

#: Data of the meeting picker's first items.
CREATE, NONE = "__create__", "__none__"


def _plain(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class PlatformPanel(QWidget):
    look_requested = Signal(str)
    browser_sign_in_requested = Signal(str, str)
    api_sign_in_requested = Signal(str, str, str)
    sign_out_requested = Signal(str)
    meetings_requested = Signal(str)
    link_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: PlatformInfo | None = None
        self.meeting: Meeting | None = None
        self.current_link: SyncLink | None = None
        self._meetings: dict[str, list[RemoteMeeting]] = {}
        layout = QHBoxLayout(self)  # side by side: the section fits a 1280x800 laptop screen
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_platform(), 1)
        layout.addWidget(self._build_picker(), 1)

    # -- the platform and signing in -------------------------------------------------------------

    def _build_platform(self) -> QGroupBox:
        box = QGroupBox(self.tr("Participation platform"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        buttons = QHBoxLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("https://participez.example.fr"))
        self.address.setAccessibleName(self.tr("Platform address"))
        self.address.returnPressed.connect(self._look)
        row.addWidget(QLabel(self.tr("&Address:")))
        row.itemAt(0).widget().setBuddy(self.address)  # type: ignore[union-attr]
        row.addWidget(self.address, 1)
        self.look_button = QPushButton(self.tr("&Check"))
        self.look_button.setToolTip(self.tr("Look at the platform: its version and its spaces"))
        self.look_button.clicked.connect(self._look)
        row.addWidget(self.look_button)
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setToolTip(self.tr("Opens your web browser to sign in"))
        self.sign_in_button.clicked.connect(self._sign_in)
        buttons.addWidget(self.sign_in_button)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.clicked.connect(
            lambda: self.sign_out_requested.emit(self.address.text().strip())
        )
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.status = _plain()
        self.status.setAccessibleName(self.tr("Platform status"))
        layout.addWidget(self.status)
        self.keyring_note = _plain()
        self.keyring_note.setStyleSheet("color: #555555")
        layout.addWidget(self.keyring_note)
        self._say_where_secrets_go()

        self.admin = QCollapsible(self.tr("For the platform's administrators"))
        self.admin.setAccessibleName(self.tr("For the platform's administrators"))
        inner = QWidget()
        form = QFormLayout(inner)
        explain = _plain(
            self.tr(
                "API credentials belong to a machine user that the platform's system "
                "administrator creates. They act with every right on the platform, like an "
                "administrator: use them only on a computer you trust. They are kept in this "
                "computer's keyring, never in the meeting file."
            )
        )
        form.addRow(explain)
        self.api_key = QLineEdit()
        self.api_key.setAccessibleName(self.tr("API key"))
        self.api_secret = QLineEdit()
        self.api_secret.setAccessibleName(self.tr("API secret"))
        self.api_secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("API &key:"), self.api_key)
        form.addRow(self.tr("API s&ecret:"), self.api_secret)
        self.api_button = QPushButton(self.tr("Sign in with these API credentials"))
        self.api_button.clicked.connect(self._api_sign_in)
        form.addRow(self.api_button)
        form.addRow(
            _plain(
                self.tr(
                    "“Sign in” needs the id of the platform's OAuth application for Facilitator, "
                    "which its administrators create (type “Public”, redirect "
                    "http://127.0.0.1/callback)."
                )
            )
        )
        self.client_id = QLineEdit()
        self.client_id.setAccessibleName(self.tr("OAuth application id"))
        form.addRow(self.tr("OAuth &application id:"), self.client_id)
        self.admin.addWidget(inner)
        layout.addWidget(self.admin)
        return box

    def _say_where_secrets_go(self) -> None:
        if keystore.has_keyring():
            self.keyring_note.setText(
                self.tr(
                    "Your sign-in is kept in this computer's keyring, never in the meeting file, "
                    "a bundle or the logs."
                )
            )
        else:
            self.keyring_note.setText(NoKeyring.make().text())

    def _look(self) -> None:
        url = self.address.text().strip()
        if url:
            self.look_requested.emit(url)

    def _sign_in(self) -> None:
        url = self.address.text().strip()
        if url:
            self.browser_sign_in_requested.emit(url, self.client_id.text().strip())

    def _api_sign_in(self) -> None:
        url = self.address.text().strip()
        if url:
            self.api_sign_in_requested.emit(url, self.api_key.text(), self.api_secret.text())
            self.api_secret.clear()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def show_info(self, info: PlatformInfo) -> None:
        self.info = info
        version = info.version.text or self.tr("version not disclosed")
        if info.user is not None:
            who = self.tr("Signed in as %1 (@%2).").replace("%1", info.user.name)
            who = who.replace("%2", info.user.nickname)
        else:
            who = self.tr("Not signed in.")
        self.set_status(f"Decidim {version} — {who}")
        self.sign_out_button.setEnabled(info.credentials in ("api", "oauth"))
        self._fill_spaces(info.spaces)

    # -- where on the platform ---------------------------------------------------------------------

    def _build_picker(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where on the platform"))
        self.picker_box = box
        form = QFormLayout(box)
        # typed as the QComboBox it is (superqt's methods carry no annotations)
        self.space: QComboBox = QSearchableComboBox()
        self.space.setAccessibleName(self.tr("Participatory space"))
        self.space.currentIndexChanged.connect(self._space_changed)
        self.proposals: QComboBox = QSearchableComboBox()
        self.proposals.setAccessibleName(self.tr("Proposals component"))
        self.meetings_component: QComboBox = QSearchableComboBox()
        self.meetings_component.setAccessibleName(self.tr("Meetings component"))
        self.meetings_component.currentIndexChanged.connect(self._meetings_component_changed)
        self.remote_meeting: QComboBox = QSearchableComboBox()
        self.remote_meeting.setAccessibleName(self.tr("Meeting on the platform"))
        form.addRow(self.tr("S&pace:"), self.space)
        form.addRow(self.tr("P&roposals:"), self.proposals)
        form.addRow(self.tr("&Meetings:"), self.meetings_component)
        form.addRow(self.tr("Mee&ting:"), self.remote_meeting)
        row = QHBoxLayout()
        self.link_summary = _plain()
        row.addWidget(self.link_summary, 1)
        self.link_button = QPushButton(self.tr("&Link this meeting"))
        self.link_button.clicked.connect(self._link)
        row.addWidget(self.link_button)
        form.addRow(row)
        for combo in (self.space, self.proposals, self.meetings_component, self.remote_meeting):
            combo.setMinimumWidth(280)
        return box

    def _fill_spaces(self, spaces: tuple[Space, ...]) -> None:
        kinds = {"process": self.tr("process"), "assembly": self.tr("assembly")}
        self.space.blockSignals(True)
        self.space.clear()
        for space in spaces:
            self.space.addItem(f"{space.title} — {kinds.get(space.kind, space.kind)}", space)
        chosen = 0
        link = self.current_link
        if link is not None:
            for n, space in enumerate(spaces):
                if any(c.id == link.proposals_component for c in space.components):
                    chosen = n
        self.space.setCurrentIndex(chosen if spaces else -1)
        self.space.blockSignals(False)
        self._space_changed()

    def chosen_space(self) -> Space | None:
        data = self.space.currentData()
        return data if isinstance(data, Space) else None

    def _space_changed(self, *_: object) -> None:
        space = self.chosen_space()
        link = self.current_link
        self.proposals.clear()
        self.meetings_component.blockSignals(True)
        self.meetings_component.clear()
        self.meetings_component.addItem(self.tr("None: proposals only"), NONE)
        if space is not None:
            for c in space.components:
                if c.kind == "Proposals":
                    self.proposals.addItem(f"{c.name} (n° {c.id})", c.id)
                elif c.kind == "Meetings":
                    self.meetings_component.addItem(f"{c.name} (n° {c.id})", c.id)
        if link is not None:
            self._select(self.proposals, link.proposals_component)
        wanted = link.meetings_component if link else None
        if wanted is None and self.meetings_component.count() > 1:
            wanted = self.meetings_component.itemData(1)
        self._select(self.meetings_component, wanted or NONE)
        self.meetings_component.blockSignals(False)
        self._meetings_component_changed()

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _meetings_component_changed(self, *_: object) -> None:
        component = self.meetings_component.currentData()
        self.remote_meeting.clear()
        if component in (None, NONE):
            self.remote_meeting.setEnabled(False)
            return
        self.remote_meeting.setEnabled(True)
        self.remote_meeting.addItem(
            self.tr("Create it on the platform (its date and place)"), CREATE
        )
        if component in self._meetings:
            self.show_meetings(component, self._meetings[component])
        else:
            self.meetings_requested.emit(str(component))

    def show_meetings(self, component: str, meetings: list[RemoteMeeting]) -> None:
        self._meetings[component] = meetings
        if self.meetings_component.currentData() != component:
            return
        while self.remote_meeting.count() > 1:
            self.remote_meeting.removeItem(1)
        for m in meetings:
            when = m.start_time.astimezone().strftime("%d/%m/%Y") if m.start_time else ""
            closed = self.tr(" (closed)") if m.closed else ""
            self.remote_meeting.addItem(f"{m.title} — {when}{closed}", m.id)
        link = self.current_link
        if link is not None and link.remote_meeting_id:
            self._select(self.remote_meeting, link.remote_meeting_id)

    def _link(self) -> None:
        space = self.chosen_space()
        proposals = self.proposals.currentData()
        if self.meeting is None or space is None or not proposals:
            return
        url = self.info.base if self.info else self.address.text().strip()
        meetings = self.meetings_component.currentData()
        remote = self.remote_meeting.currentData()
        try:
            base = keystore.platform_address(url)
        except FacilitatorError:
            return
        current = self.current_link
        planned = SyncLink(self.meeting.id, base, str(proposals), self.meeting.language)
        if current is not None and current.platform_url == base:
            planned = replace(current, proposals_component=str(proposals))
        keep_created = current is not None and current.meeting_created
        planned = replace(
            planned,
            space_kind=space.kind,
            space_slug=space.slug,
            meetings_component=None if meetings in (None, NONE) else str(meetings),
            remote_meeting_id=(
                None if remote in (None, CREATE, NONE) or meetings in (None, NONE) else str(remote)
            ),
            meeting_created=keep_created
            and current is not None
            and remote == current.remote_meeting_id,
        )
        self.link_requested.emit(planned)

    def show_link(self, link: SyncLink | None) -> None:
        self.current_link = link
        if link is None:
            self.link_summary.setText(self.tr("Not linked yet: choose, then “Link this meeting”."))
            return
        if link.remote_meeting_id:
            meeting = self.tr("meeting n° %1").replace("%1", link.remote_meeting_id)
        elif link.meetings_component:
            meeting = self.tr("meeting to create on the platform")
        else:
            meeting = self.tr("no meeting (proposals only)")
        text = self.tr("Linked: proposals n° %1, %2.").replace("%1", link.proposals_component)
        self.link_summary.setText(text.replace("%2", meeting))
