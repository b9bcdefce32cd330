/* Facilitator phone page: join, vote, send ideas, see results.
 * Plain ES5 + fetch so five-year-old phones run it. Every text from the server is put in the
 * page with textContent, never as HTML. A ballot waits in localStorage until the laptop has
 * written it to disk, and is resent with the same idempotency key after a reload or a lost
 * Wi-Fi, so it is never lost and never counted twice. */
(function () {
  "use strict";

  var parts = location.pathname.split("/");
  var CODE = parts[2] || "";
  var API = "/m/" + CODE + "/api/";
  var POLL_MS = 1200;
  var LANG = /^fr\b/i.test(navigator.language || (navigator.languages || [""])[0] || "") ? "fr" : "en";

  // The page's own sentences. The words for what the room sees (answers, grades, methods,
  // results, the spokesperson) come with the state, from the app's one table of terms.
  var T = {
    fr: {
      loading: "Chargement…",
      waiting: "En attente de la prochaine question…",
      waitingHint: "Cette page se met à jour toute seule. Gardez-la ouverte.",
      closed: "Ce vote est clos.",
      send: "Envoyer mon vote",
      sending: "Envoi en cours…",
      saved: "Votre vote est enregistré.",
      savedUp: "Votre soutien est enregistré.",
      yourVote: "Votre vote : ",
      canChange: "Vous pouvez changer votre vote jusqu'à la clôture : seul le dernier compte.",
      noChange: "Ce vote ne peut plus être modifié.",
      change: "Changer mon vote",
      pending: "Pas de connexion : votre vote est gardé sur ce téléphone et partira dès le retour du réseau.",
      offline: "Connexion perdue avec l'ordinateur du {sp}. Nouvel essai…",
      chooseUpTo: ["Choisissez une option au plus.", "Choisissez jusqu'à {n} options."],
      chooseAny: "Choisissez autant d'options que vous voulez.",
      chosen: ["{n} choisie", "{n} choisies"],
      pointsLeft: "Points restants : {n} sur {t}",
      addPoint: "Ajouter un point à {o}",
      removePoint: "Retirer un point à {o}",
      gradeEach: "Donnez une mention à chaque proposition.",
      tapHint: "Touchez votre réponse : votre vote part aussitôt.",
      tapConfirmHint: "Choisissez votre réponse, puis envoyez-la. Elle ne pourra plus être changée.",
      upvote: "Je soutiens",
      upvoteHint: "Soutenez les idées qui vous plaisent.",
      upvoteUpTo: ["Une idée au plus.", "Jusqu'à {n} idées."],
      newPoll: "Nouvelle question : {q}",
      closesIn: "Clôture dans {t}",
      closing: "Le vote se clôt…",
      ideaTitle: "Proposer une idée",
      ideaLabel: "Votre idée",
      ideaSend: "Envoyer l'idée",
      ideaThanks: "Merci ! Votre idée a été transmise au {sp}.",
      ideaPending: "Votre idée est gardée et partira dès le retour du réseau.",
      ideaWait: ["Votre idée attend son tour : elle partira dans {n} s.", "{c} idées attendent leur tour : la prochaine partira dans {n} s."],
      ideaQueued: "Elle partira après la précédente.",
      chars: "{n} caractères restants",
      ticketTitle: "Votre ticket",
      ticketText: "Cette réunion vote avec des tickets imprimés. Saisissez le code écrit sous le code QR de votre ticket, ou scannez-le.",
      ticketFirst: "Validez d'abord votre ticket, ci-dessous.",
      ticketLabel: "Code du ticket",
      ticketSend: "Valider le ticket",
      ticketOk: "Ticket n° {n} validé : vous pouvez voter.",
      ticketOkShort: "Ticket validé : vous pouvez voter.",
      wrongCode: "Ce code de réunion n'est plus valable. Scannez à nouveau le code QR affiché dans la salle.",
      slow: "Trop de demandes : patientez un instant."
    },
    en: {
      loading: "Loading…",
      waiting: "Waiting for the next question…",
      waitingHint: "This page updates by itself. Keep it open.",
      closed: "This poll is closed.",
      send: "Send my vote",
      sending: "Sending…",
      saved: "Your vote is recorded.",
      savedUp: "Your support is recorded.",
      yourVote: "Your vote: ",
      canChange: "You can change your vote until the poll closes: only the last one counts.",
      noChange: "This vote can no longer be changed.",
      change: "Change my vote",
      pending: "No connection: your vote is kept on this phone and will be sent as soon as the network is back.",
      offline: "Lost the connection to the {sp}'s laptop. Trying again…",
      chooseUpTo: ["Choose one option at most.", "Choose up to {n} options."],
      chooseAny: "Choose as many options as you like.",
      chosen: ["{n} chosen", "{n} chosen"],
      pointsLeft: "Points left: {n} of {t}",
      addPoint: "Add a point to {o}",
      removePoint: "Remove a point from {o}",
      gradeEach: "Give a grade to every option.",
      tapHint: "Tap your answer: your vote is sent at once.",
      tapConfirmHint: "Choose your answer, then send it. It cannot be changed afterwards.",
      upvote: "I support it",
      upvoteHint: "Support the ideas you like.",
      upvoteUpTo: ["One idea at most.", "Up to {n} ideas."],
      newPoll: "New question: {q}",
      closesIn: "Closes in {t}",
      closing: "The vote is closing…",
      ideaTitle: "Suggest an idea",
      ideaLabel: "Your idea",
      ideaSend: "Send the idea",
      ideaThanks: "Thank you! Your idea was passed on to the {sp}.",
      ideaPending: "Your idea is kept and will be sent as soon as the network is back.",
      ideaWait: ["Your idea waits its turn: it will be sent in {n} s.", "{c} ideas wait their turn: the next one will be sent in {n} s."],
      ideaQueued: "It will be sent after the one before.",
      chars: "{n} characters left",
      ticketTitle: "Your ticket",
      ticketText: "This meeting votes with printed tickets. Type the code written under your ticket's QR code, or scan it.",
      ticketFirst: "Enter your ticket first, below.",
      ticketLabel: "Ticket code",
      ticketSend: "Use this ticket",
      ticketOk: "Ticket no. {n} accepted: you can vote.",
      ticketOkShort: "Ticket accepted: you can vote.",
      wrongCode: "This meeting code is no longer valid. Scan the QR code shown in the room again.",
      slow: "Too many requests: wait a moment."
    }
  };
  var WORDS = null;          // the terms, served with the state in this phone's language

  // a term of the room: W("answers", "yes"), W("words", "results")
  function W(kind, key) {
    var table = WORDS && WORDS[kind];
    return table && table[key] !== undefined ? table[key] : key;
  }

  function plural(forms, n) {
    // French counts 0 and 1 as singular, English only 1.
    return forms[(LANG === "fr" ? n <= 1 : n === 1) ? 0 : 1];
  }

  // a counted term of the room: N("voters", 3) -> "3 votants"
  function N(key, n) {
    var forms = WORDS && WORDS.plurals[key];
    return forms ? plural(forms, n).split("{n}").join(String(n)) : String(n);
  }

  // "Label : value" as each language writes it
  function colon() { return LANG === "fr" ? " : " : ": "; }

  function t(key, vars) {
    var s = T[LANG][key] || T.en[key] || key;
    if (typeof s !== "string") {
      s = plural(s, vars && typeof vars.n === "number" ? vars.n : 2);
    }
    vars = vars || {};
    if (vars.sp === undefined) { vars.sp = W("roles", "spokesperson"); }
    for (var k in vars) { s = s.split("{" + k + "}").join(String(vars[k])); }
    return s;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        if (k === "text") { node.textContent = attrs[k]; }
        else if (k === "cls") { node.className = attrs[k]; }
        else if (k === "on") { for (var ev in attrs.on) { node.addEventListener(ev, attrs.on[ev]); } }
        else if (attrs[k] === true) { node.setAttribute(k, ""); }
        else if (attrs[k] !== false && attrs[k] !== null && attrs[k] !== undefined) { node.setAttribute(k, attrs[k]); }
      }
    }
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function $(id) { return document.getElementById(id); }

  var store = {
    get: function (k) { try { var v = localStorage.getItem(CODE + ":" + k); return v ? JSON.parse(v) : null; } catch (e) { return null; } },
    set: function (k, v) { try { localStorage.setItem(CODE + ":" + k, JSON.stringify(v)); } catch (e) { /* private mode: memory only */ } },
    del: function (k) { try { localStorage.removeItem(CODE + ":" + k); } catch (e) { /* ignore */ } }
  };

  function uuid() {
    var b = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = [];
    for (var i = 0; i < 16; i++) { h.push((b[i] + 256).toString(16).slice(1)); }
    return h.slice(0, 4).join("") + "-" + h.slice(4, 6).join("") + "-" + h.slice(6, 8).join("") + "-" + h.slice(8, 10).join("") + "-" + h.slice(10).join("");
  }

  function announce(text) {
    var s = $("status");
    s.textContent = "";
    setTimeout(function () { s.textContent = text; }, 60);
  }

  function api(path, body) {
    var opts = { credentials: "same-origin", cache: "no-store", headers: {} };
    if (body !== undefined) {
      opts.method = "POST";
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    return fetch(API + path, opts).then(function (r) {
      var wait = parseInt(r.headers.get("retry-after") || "0", 10) || 0;
      return r.json().then(function (data) { return { status: r.status, data: data, wait: wait }; },
        function () { return { status: r.status, data: {}, wait: wait }; });
    });
  }

  function errText(data) {
    var e = data && data.error;
    return e ? (LANG === "fr" ? e.fr : e.en) : "";
  }

  // ---- state -------------------------------------------------------------------------------
  var state = null;          // last state from the server
  var joined = false;
  var editing = {};          // poll id -> true while the voter changes their vote
  var renderedKey = "";
  var resultsKey = "";
  var lastPollId = null;
  var sending = false;
  var offline = false;
  var flash = null;          // {text, warn} message shown on the poll card
  var resultsAfter = 0;      // results asked for before this time may not hold our last ballot
  var SERVER_CACHE_MS = 450; // how long the laptop may serve the same results to everyone
  var closesAt = null;       // this phone's clock time when the countdown runs out

  function voted(pollId) { return store.get("voted:" + pollId); }

  // A ballot being prepared survives a reload or a sleep: it is kept on the phone until sent.
  function draftOf(pollId, empty) {
    var d = store.get("draft:" + pollId);
    return d || empty;
  }
  function keepDraft(pollId, d) { store.set("draft:" + pollId, d); }

  function setOffline(v) {
    if (v === offline) { return; }
    offline = v;
    var n = $("net");
    n.hidden = !v;
    n.textContent = v ? t("offline") : "";
    if (v) { announce(t("offline")); }
  }

  function join() {
    var ticket = store.get("ticket-code");
    return api("join", { language: LANG, ticket: ticket || null }).then(function (r) {
      if (r.status === 200) {
        joined = true;
        if (ticket) { store.del("ticket-code"); }
        if (r.data.ticket_number) { store.set("ticket-number", r.data.ticket_number); flash = { text: t("ticketOk", { n: r.data.ticket_number }) }; }
        return true;
      }
      if (r.status === 404 && r.data.error && r.data.error.code === "wrong_code") { fatal(t("wrongCode")); return false; }
      if (ticket && (r.status === 404 || r.status === 409)) {
        store.del("ticket-code");
        flash = { text: errText(r.data), warn: true };
        return join();
      }
      throw new Error("join " + r.status);
    });
  }

  function fatal(text) {
    var p = $("poll");
    clear(p);
    p.className = "card warn";
    p.appendChild(el("h1", { text: text, tabindex: "-1" }));
    stopped = true;
  }
  var stopped = false;

  function refresh(mine) {
    var asked = Date.now();
    var query = [];
    if (mine) { query.push("mine=1"); }
    if (!WORDS) { query.push("words=" + LANG); }
    return api("state" + (query.length ? "?" + query.join("&") : "")).then(function (r) {
      if (r.status === 404) { fatal(t("wrongCode")); return; }
      if (r.status === 429) { return; } // busy: keep what is shown, ask again at the next tick
      if (r.status !== 200) { throw new Error("state " + r.status); }
      var s = r.data;
      if (s.words) { WORDS = s.words; }
      setOffline(false);
      if (s.me && s.me.ballot && !store.get("pending")) { store.set("voted:" + s.me.ballot.poll_id, s.me.ballot.content); }
      if (!s.me.joined) { joined = false; }
      s.asked = asked;
      closesAt = typeof s.closes_in === "number" ? Date.now() + s.closes_in * 1000 : null;
      state = s;
      render();
    });
  }

  function sendPending() {
    var p = store.get("pending");
    if (!p || sending) { return Promise.resolve(); }
    sending = true;
    return api("ballot", p).then(function (r) {
      sending = false;
      if (r.status === 200) {
        store.del("pending");
        store.del("draft:" + p.poll_id);
        store.set("voted:" + p.poll_id, r.data.content);
        editing[p.poll_id] = false;
        flash = null;
        announce(t("saved"));
        resultsAfter = Date.now() + SERVER_CACHE_MS;
        renderedKey = "";
        render();
        schedule(600); // results that include this ballot, without waiting a full tick
        return;
      }
      if (r.status === 401) { joined = false; return; }
      if (r.status === 429 || r.status >= 500) { return; } // keep it, try again
      store.del("pending");
      flash = { text: errText(r.data), warn: true };
      announce(flash.text);
      renderedKey = "";
      render();
    }, function () {
      sending = false;
      setOffline(true);
      renderedKey = "";
      render();
    });
  }

  function castBallot(pollId, content) {
    store.set("pending", { poll_id: pollId, key: uuid(), content: content });
    renderedKey = "";
    render();
    return sendPending();
  }

  function tick() {
    if (stopped) { return; }
    var step = joined ? Promise.resolve(true) : join();
    step.then(function (ok) {
      if (!ok) { return null; }
      return sendPending().then(function () { return sendIdea(); }).then(function () { return refresh(!state || !state.me || !state.me.joined); });
    }).then(function () { schedule(POLL_MS); }, function () { setOffline(true); schedule(POLL_MS * 2); });
  }
  var timer = null;
  function schedule(ms) { clearTimeout(timer); timer = setTimeout(tick, ms); }

  // ---- rendering ---------------------------------------------------------------------------
  function render() {
    if (!state || !WORDS) { return; }
    $("title").textContent = state.title;
    document.title = state.title;
    renderTicket();
    renderIdeas();
    var poll = state.poll;
    var pend = store.get("pending");
    var mine = poll ? voted(poll.id) : null;
    var key = JSON.stringify([poll && poll.id, poll && poll.state, !!mine, poll && editing[poll.id], !!pend, offline, flash && flash.text, state.tickets_required && !state.me.ticket]);
    var rkey = JSON.stringify([state.results, state.asked >= resultsAfter]);
    renderCountdown();
    if (key === renderedKey) {
      if (rkey !== resultsKey) { resultsKey = rkey; renderResults(); }
      return;
    }
    renderedKey = key;
    resultsKey = rkey;
    var card = $("poll");
    clear(card);
    card.className = "card";
    var isNew = poll && poll.id !== lastPollId && poll.state === "open";
    lastPollId = poll ? poll.id : null;
    if (!poll) {
      card.appendChild(el("h1", { text: t("waiting"), tabindex: "-1" }));
      card.appendChild(el("p", { cls: "hint", text: t("waitingHint") }));
      return;
    }
    var h = el("h1", { text: poll.question, tabindex: "-1", id: "question" });
    card.appendChild(h);
    card.appendChild(el("p", { id: "countdown", cls: "countdown", hidden: true }));
    renderCountdown();
    if (flash) { card.appendChild(el("p", { cls: "msg", role: flash.warn ? "alert" : null, text: flash.text })); }
    if (poll.state !== "open") {
      card.appendChild(el("p", { cls: "msg", text: t("closed") }));
      if (mine) { card.appendChild(yourVote(poll, mine)); }
      card.appendChild(el("p", { cls: "hint", text: t("waiting") }));
    } else if (state.tickets_required && !state.me.ticket) {
      card.appendChild(el("p", { text: t("ticketFirst") }));
    } else if (pend && pend.poll_id === poll.id) {
      // on its way, or kept until the network is back: nothing is wrong, nothing is lost
      card.className = "card pending";
      card.appendChild(el("p", { cls: "msg", text: offline ? t("pending") : t("sending") }));
      card.appendChild(yourVote(poll, pend.content));
    } else if (mine && !editing[poll.id] && poll.method !== "upvotes") {
      card.className = "card ok";
      card.appendChild(el("p", { cls: "msg", text: "✓ " + t("saved") }));
      card.appendChild(yourVote(poll, mine));
      if (poll.allow_change) {
        card.appendChild(el("p", { cls: "hint", text: t("canChange") }));
        card.appendChild(el("button", { type: "button", cls: "btn alt", text: t("change"), on: { click: function () {
          editing[poll.id] = true; keepDraft(poll.id, copy(mine)); flash = null; renderedKey = ""; render(); focusQuestion();
        } } }));
      } else {
        card.appendChild(el("p", { cls: "hint", text: t("noChange") }));
      }
    } else {
      card.appendChild(controls(poll, mine));
    }
    card.appendChild(el("div", { id: "results" }));
    renderResults();
    if (isNew) { announce(t("newPoll", { q: poll.question })); focusQuestion(); }
  }

  function renderCountdown() {
    var box = $("countdown");
    if (!box) { return; }
    var poll = state && state.poll;
    if (closesAt === null || !poll || poll.state !== "open") { box.hidden = true; return; }
    var left = Math.max(0, Math.ceil((closesAt - Date.now()) / 1000));
    box.hidden = false;
    var clock = Math.floor(left / 60) + ":" + ("0" + (left % 60)).slice(-2);
    box.textContent = left > 0 ? t("closesIn", { t: clock }) : t("closing");
  }

  function focusQuestion() {
    var q = $("question");
    if (q && q.focus) { q.focus(); }
  }

  function copy(v) { return v ? JSON.parse(JSON.stringify(v)) : v; }

  function labelOf(poll, id) {
    for (var i = 0; i < poll.options.length; i++) { if (poll.options[i].id === id) { return poll.options[i].label; } }
    return "?";
  }

  function gradeName(poll, index) {
    var name = poll.grades[index];
    return name === undefined ? "?" : W("grades", name);
  }

  // What a ballot says, as one line each: never "Projet A : la place : Très bien".
  function describeLines(poll, c) {
    if (!c) { return []; }
    if (c.option) { return [labelOf(poll, c.option)]; }
    if (c.answer) { return [W("answers", c.answer)]; }
    if (c.options) { return [c.options.map(function (id) { return labelOf(poll, id); }).join(", ") || "—"]; }
    if (c.points) { return Object.keys(c.points).map(function (id) { return labelOf(poll, id) + " — " + N("points", c.points[id]); }); }
    if (c.grades) { return Object.keys(c.grades).map(function (id) { return labelOf(poll, id) + " — " + gradeName(poll, c.grades[id]); }); }
    return [];
  }

  function yourVote(poll, content) {
    var lines = describeLines(poll, content);
    if (lines.length <= 1) { return el("p", { text: t("yourVote") + (lines[0] || "") }); }
    var list = el("ul", { cls: "mine" }, lines.map(function (line) { return el("li", { text: line }); }));
    return el("div", {}, [el("p", { text: t("yourVote").replace(/\s*:?\s*$/, "") }), list]);
  }

  function controls(poll, mine) {
    var m = poll.method;
    if (m === "single") { return tapControls(poll, poll.options.map(function (o) { return { id: o.id, label: o.label }; }), "option"); }
    if (m === "yes_no_abstain") { return tapControls(poll, ["yes", "no", "abstain"].map(function (a) { return { id: a, label: W("answers", a) }; }), "answer"); }
    if (m === "approval") { return choiceControls(poll); }
    if (m === "upvotes") { return upvoteControls(poll, mine); }
    if (m === "dots") { return dotControls(poll); }
    if (m === "majority_judgment") { return gradeControls(poll); }
    return el("p", { text: "?" });
  }

  // One tap votes when the ballot can be changed; otherwise the tap selects and a button confirms.
  function tapControls(poll, choices, field) {
    var box = el("div", { role: "group", "aria-labelledby": "question", "aria-describedby": "tap-help" });
    box.appendChild(el("p", { cls: "hint", id: "tap-help", text: poll.allow_change ? t("tapHint") : t("tapConfirmHint") }));
    var chosen = poll.allow_change ? null : draftOf(poll.id, null);
    var confirm = null;
    choices.forEach(function (c) {
      var on = !!(chosen && chosen[field] === c.id);
      var b = el("button", { type: "button", cls: "opt", "aria-pressed": on ? "true" : "false", text: c.label, on: { click: function () {
        var content = {}; content[field] = c.id;
        if (poll.allow_change) { castBallot(poll.id, content); return; }
        chosen = content;
        keepDraft(poll.id, chosen);
        Array.prototype.forEach.call(box.querySelectorAll(".opt"), function (x) { x.setAttribute("aria-pressed", x === b ? "true" : "false"); });
        confirm.disabled = false;
      } } });
      box.appendChild(b);
    });
    if (!poll.allow_change) {
      confirm = el("button", { type: "button", cls: "btn", disabled: !chosen, text: t("send"), on: { click: function () { if (chosen) { castBallot(poll.id, chosen); } } } });
      box.appendChild(confirm);
    }
    return box;
  }

  function choiceControls(poll) {
    var max = poll.max_choices || poll.options.length;
    var d = draftOf(poll.id, { options: [] });
    var form = el("form", { novalidate: true });
    var fs = el("fieldset", {}, [el("legend", { cls: "sr-only", text: poll.question })]);
    var help = el("p", { cls: "hint", id: "choice-help", text: poll.max_choices ? t("chooseUpTo", { n: max }) : t("chooseAny") });
    var counter = el("p", { cls: "left", "aria-live": "polite", text: "" });
    fs.appendChild(help);
    var inputs = [];
    poll.options.forEach(function (o, i) {
      var input = el("input", { type: "checkbox", id: "c" + i, value: o.id, "aria-describedby": "choice-help" });
      input.checked = (d.options || []).indexOf(o.id) >= 0;
      inputs.push(input);
      var lab = el("label", { cls: "opt", "for": "c" + i }, [input, el("span", { text: o.label })]);
      input.addEventListener("change", function () { sync(); keepDraft(poll.id, d); });
      fs.appendChild(lab);
    });
    var submit = el("button", { type: "submit", cls: "btn", text: t("send") });
    function sync() {
      d.options = inputs.filter(function (x) { return x.checked; }).map(function (x) { return x.value; });
      var full = d.options.length >= max;
      inputs.forEach(function (x) { x.disabled = full && !x.checked; x.parentNode.className = "opt" + (x.checked ? " on" : ""); });
      counter.textContent = t("chosen", { n: d.options.length }) + (poll.max_choices ? " / " + max : "");
    }
    sync();
    form.appendChild(fs);
    form.appendChild(counter);
    form.appendChild(submit);
    form.addEventListener("submit", function (e) { e.preventDefault(); castBallot(poll.id, { options: d.options.slice() }); });
    return form;
  }

  function upvoteControls(poll, mine) {
    var chosen = (mine && mine.options) ? mine.options.slice() : [];
    var max = poll.max_choices || poll.options.length;
    var box = el("div", { role: "group", "aria-labelledby": "question" });
    box.appendChild(el("p", { cls: "hint", text: t("upvoteHint") + (poll.max_choices ? " " + t("upvoteUpTo", { n: max }) : "") }));
    poll.options.forEach(function (o) {
      var on = chosen.indexOf(o.id) >= 0;
      var b = el("button", { type: "button", cls: "opt", "aria-pressed": on ? "true" : "false",
        disabled: !on && chosen.length >= max, on: { click: function () {
          var next = chosen.filter(function (x) { return x !== o.id; });
          if (!on) { next.push(o.id); }
          castBallot(poll.id, { options: next });
        } } }, [el("span", { cls: "mark", "aria-hidden": "true", text: on ? "✓" : "+" }), el("span", { cls: "txt", text: o.label }), el("span", { cls: "sr-only", text: " – " + t("upvote") })]);
      box.appendChild(b);
    });
    if (mine) { box.appendChild(el("p", { cls: "hint", text: "✓ " + t("savedUp") })); }
    return box;
  }

  function dotControls(poll) {
    var total = poll.points;
    var cap = poll.max_per_option || total;
    var d = draftOf(poll.id, { points: {} });
    if (!d.points) { d.points = {}; }
    var form = el("form", { novalidate: true });
    var left = el("p", { cls: "left", id: "points-left", "aria-live": "polite" });
    form.appendChild(left);
    var rows = [];
    poll.options.forEach(function (o, i) {
      var num = el("output", { cls: "num", id: "n" + i, "aria-live": "off" });
      var lbl = el("span", { cls: "lbl", id: "l" + i, text: o.label });
      var minus = el("button", { type: "button", cls: "step", "aria-label": t("removePoint", { o: o.label }), text: "−" });
      var plus = el("button", { type: "button", cls: "step", "aria-label": t("addPoint", { o: o.label }), text: "+" });
      minus.addEventListener("click", function () { d.points[o.id] = Math.max(0, (d.points[o.id] || 0) - 1); sync(); keepDraft(poll.id, d); });
      plus.addEventListener("click", function () { d.points[o.id] = (d.points[o.id] || 0) + 1; sync(); keepDraft(poll.id, d); });
      rows.push({ id: o.id, num: num, minus: minus, plus: plus });
      form.appendChild(el("div", { cls: "dots", role: "group", "aria-labelledby": "l" + i }, [lbl, minus, num, plus]));
    });
    var submit = el("button", { type: "submit", cls: "btn", text: t("send") });
    function spent() { var s = 0; for (var k in d.points) { s += d.points[k]; } return s; }
    function sync() {
      var s = spent();
      rows.forEach(function (r) {
        var n = d.points[r.id] || 0;
        r.num.textContent = String(n);
        r.minus.disabled = n <= 0;
        r.plus.disabled = s >= total || n >= cap;
      });
      left.textContent = t("pointsLeft", { n: total - s, t: total });
      submit.disabled = s < 1;
    }
    sync();
    form.appendChild(submit);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var pts = {};
      for (var k in d.points) { if (d.points[k] > 0) { pts[k] = d.points[k]; } }
      castBallot(poll.id, { points: pts });
    });
    return form;
  }

  function gradeControls(poll) {
    var d = draftOf(poll.id, { grades: {} });
    if (!d.grades) { d.grades = {}; }
    var form = el("form", { novalidate: true });
    form.appendChild(el("p", { cls: "hint", text: t("gradeEach") }));
    var submit = el("button", { type: "submit", cls: "btn", text: t("send") });
    poll.options.forEach(function (o, i) {
      var fs = el("fieldset", { cls: "grades" }, [el("legend", { text: o.label })]);
      poll.grades.forEach(function (g, gi) {
        var input = el("input", { type: "radio", name: "g" + i, id: "g" + i + "_" + gi, value: String(gi) });
        input.checked = d.grades[o.id] === gi;
        input.addEventListener("change", function () { d.grades[o.id] = gi; sync(); keepDraft(poll.id, d); });
        fs.appendChild(el("label", { cls: "opt" + (input.checked ? " on" : ""), "for": "g" + i + "_" + gi }, [input, el("span", { text: gradeName(poll, gi) })]));
      });
      form.appendChild(fs);
    });
    function sync() {
      Array.prototype.forEach.call(form.querySelectorAll("input[type=radio]"), function (x) { x.parentNode.className = "opt" + (x.checked ? " on" : ""); });
      submit.disabled = Object.keys(d.grades).length < poll.options.length;
    }
    sync();
    form.appendChild(submit);
    form.addEventListener("submit", function (e) { e.preventDefault(); castBallot(poll.id, { grades: copy(d.grades) }); });
    return form;
  }

  function pct(share) { return Math.round((share || 0) * 100) + " %"; }

  function bar(share, winner) {
    var fg = el("div", { cls: "barfg" + (winner ? " win" : "") });
    fg.style.width = Math.max(0, Math.min(100, Math.round((share || 0) * 100))) + "%";
    return el("div", { cls: "barbg", "aria-hidden": "true" }, [fg]);
  }

  // Majority judgment: each option's merit profile, a part per grade, as on the projector.
  function profileBar(o, colours) {
    var total = 0;
    o.profile.forEach(function (n) { total += n; });
    var box = el("div", { cls: "profile", "aria-hidden": "true" });
    o.profile.forEach(function (n, gi) {
      if (!n || !total) { return; }
      var seg = el("span", { cls: "seg" });
      seg.style.width = (100 * n / total) + "%";
      seg.style.backgroundColor = colours[gi] || "#777";
      box.appendChild(seg);
    });
    box.appendChild(el("span", { cls: "median" }));
    return box;
  }

  function legend(poll, colours) {
    var list = el("ul", { cls: "legend" });
    poll.grades.forEach(function (g, gi) {
      var swatch = el("span", { cls: "swatch", "aria-hidden": "true" });
      swatch.style.backgroundColor = colours[gi] || "#777";
      list.appendChild(el("li", {}, [swatch, el("span", { text: gradeName(poll, gi) })]));
    });
    return list;
  }

  function renderResults() {
    var box = $("results");
    if (!box) { return; }
    clear(box);
    var r = state.results;
    var poll = state.poll;
    if (!r || !poll || r.poll_id !== poll.id) { return; }
    // While a poll is open, results show only after voting: they must not sway the vote.
    if (poll.state === "open" && !voted(poll.id)) { return; }
    // Results from before our ballot reached them would show it missing: wait for fresh ones.
    if (state.asked < resultsAfter) { return; }
    box.appendChild(el("h2", { cls: "small", text: W("words", "results") + " · " + N("voters", r.voters) }));
    var list = el("ul", { cls: "res" });
    var judged = r.method === "majority_judgment";
    var answers = r.method === "yes_no_abstain";
    var abstain = null;
    r.options.forEach(function (o) {
      if (answers && o.option_id === "abstain") { abstain = o; return; }
      var winner = r.winners.indexOf(o.option_id) >= 0;
      var label = answers ? W("answers", o.option_id) : o.label;
      var name = el("p", { cls: "name", text: (winner ? "★ " : "") + label });
      var value;
      if (judged) {
        var grade = o.median_grade === null ? "—" : gradeName(poll, o.median_grade);
        value = el("p", { cls: "value", text: W("words", "majority_grade") + colon() + grade });
        list.appendChild(el("li", {}, [name, profileBar(o, r.grade_colours || []), value]));
      } else {
        var count = r.method === "dots" ? N("points", o.votes) : N("votes", o.votes);
        value = el("p", { cls: "value", text: count + " · " + pct(o.share) });
        list.appendChild(el("li", {}, [name, bar(o.share, winner), value]));
      }
    });
    box.appendChild(list);
    if (abstain) { box.appendChild(el("p", { cls: "msg", text: W("words", "abstentions") + colon() + abstain.votes })); }
    if (judged) { box.appendChild(legend(poll, r.grade_colours || [])); }
    else { box.appendChild(el("p", { cls: "hint", text: W("share_bases", r.share_base) })); }
    if (r.tie) { box.appendChild(el("p", { cls: "hint", text: W("words", "tie") })); }
  }

  // ---- tickets -----------------------------------------------------------------------------
  var ticketBuilt = false;
  function renderTicket() {
    var sec = $("ticket");
    var need = state.tickets_required && !state.me.ticket;
    sec.hidden = !need;
    if (!need || ticketBuilt) { return; }
    ticketBuilt = true;
    clear(sec);
    var input = el("input", { type: "text", id: "ticket-code", autocomplete: "off", autocapitalize: "off", spellcheck: "false", maxlength: "40" });
    var msg = el("p", { cls: "msg", role: "alert" });
    var form = el("form", { novalidate: true }, [
      el("h2", { text: t("ticketTitle") }), el("p", { cls: "hint", text: t("ticketText") }),
      el("label", { cls: "block", "for": "ticket-code", text: t("ticketLabel") }), input,
      el("button", { type: "submit", cls: "btn", text: t("ticketSend") }), msg]);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var code = input.value.replace(/\s+/g, "");
      if (!code) { return; }
      api("ticket", { ticket: code }).then(function (r) {
        if (r.status === 200) {
          ticketBuilt = false;
          flash = { text: r.data.ticket_number ? t("ticketOk", { n: r.data.ticket_number }) : t("ticketOkShort") };
          announce(flash.text);
          refresh(true);
        } else {
          msg.textContent = errText(r.data) || t("slow");
        }
      }, function () { msg.textContent = t("offline"); });
    });
    sec.appendChild(form);
  }

  // ---- ideas -------------------------------------------------------------------------------
  // Ideas wait on the phone, in order, until the laptop has each: the laptop takes one every
  // few seconds from a phone, and the page says when the next one will go.
  var ideasBuilt = false;
  var ideaMsg = null;
  var ideaAfter = 0;         // the laptop asked to wait until then
  var ideaWaitTimer = null;

  function ideaQueue() {
    var q = store.get("ideas") || [];
    var old = store.get("idea"); // a page from before kept one idea only
    if (old) { q.unshift(old); store.del("idea"); store.set("ideas", q); }
    return q;
  }

  var ideaSending = false;    // one idea on its way at a time: the next leaves once it is in

  function sendIdea() {
    var q = ideaQueue();
    if (ideaSending || !q.length || Date.now() < ideaAfter) { return Promise.resolve(); }
    ideaSending = true;
    var sent = q[0];
    return api("idea", sent).then(function (r) {
      ideaSending = false;
      // read again: ideas typed while this one was on its way are in the stored queue only
      q = ideaQueue().filter(function (i) { return i.id !== sent.id; });
      if (r.status === 200) {
        store.set("ideas", q);
        say(t("ideaThanks"), false);
        if (q.length) { return sendIdea(); }
        return;
      }
      if (r.status === 429) { ideaAfter = Date.now() + Math.max(1, r.wait) * 1000; sayWaiting(); return; }
      if (r.status >= 500 || r.status === 401) { return; }
      store.set("ideas", q);
      say(errText(r.data), true);
    }, function () { ideaSending = false; say(t("ideaPending"), false); });
  }

  function sayWaiting() {
    var q = ideaQueue();
    if (!q.length || !ideaMsg) { return; }
    var left = Math.max(1, Math.ceil((ideaAfter - Date.now()) / 1000));
    var text = plural(T[LANG].ideaWait, q.length).split("{c}").join(String(q.length)).split("{n}").join(String(left));
    var first = ideaMsg.getAttribute("data-waiting") !== "1";
    ideaMsg.textContent = text;
    ideaMsg.className = "msg";
    ideaMsg.setAttribute("data-waiting", "1");
    if (first) { announce(text); } // once, not every second
    clearTimeout(ideaWaitTimer);
    ideaWaitTimer = setTimeout(function () {
      if (Date.now() >= ideaAfter) { sendIdea(); } else { sayWaiting(); }
    }, 1000);
  }

  function say(text, warn) {
    if (!ideaMsg) { return; }
    ideaMsg.removeAttribute("data-waiting");
    ideaMsg.textContent = text;
    ideaMsg.className = "msg" + (warn ? " warnText" : "");
    announce(text);
  }

  function renderIdeas() {
    var sec = $("ideas");
    sec.hidden = false;
    if (ideasBuilt) { return; }
    ideasBuilt = true;
    var max = 500;
    var area = el("textarea", { id: "idea-text", maxlength: String(max), "aria-describedby": "idea-count" });
    var count = el("p", { cls: "count", id: "idea-count", text: t("chars", { n: max }) });
    ideaMsg = el("p", { cls: "msg", "aria-live": "polite" });
    area.addEventListener("input", function () { count.textContent = t("chars", { n: max - area.value.length }); });
    var form = el("form", { novalidate: true }, [
      el("h2", { text: t("ideaTitle") }),
      el("label", { cls: "block", "for": "idea-text", text: t("ideaLabel") }), area, count,
      el("button", { type: "submit", cls: "btn alt", text: t("ideaSend") }), ideaMsg]);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = area.value.replace(/^\s+|\s+$/g, "");
      if (!text) { return; }
      var q = ideaQueue();
      q.push({ id: uuid(), text: text });
      store.set("ideas", q);
      area.value = "";
      count.textContent = t("chars", { n: max });
      if (Date.now() < ideaAfter) { sayWaiting(); return; }
      sendIdea();
    });
    sec.appendChild(form);
    if (ideaQueue().length) { sayWaiting(); }
  }

  // ---- start -------------------------------------------------------------------------------
  document.documentElement.lang = LANG;
  var m = /(?:^#|&)ticket=([A-Za-z0-9_-]{4,40})/.exec(location.hash);
  if (m) {
    store.set("ticket-code", m[1]);
    if (history.replaceState) { history.replaceState(null, "", location.pathname); }
  }
  setInterval(function () { if (state && WORDS) { renderCountdown(); } }, 1000);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { schedule(0); } });
  window.addEventListener("online", function () { schedule(0); });
  tick();
})();
