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

  var T = {
    fr: {
      waiting: "En attente de la prochaine question…",
      waitingHint: "Cette page se met à jour toute seule. Gardez-la ouverte.",
      closed: "Ce vote est clos.",
      vote: "Voter",
      send: "Envoyer mon vote",
      sending: "Envoi en cours…",
      saved: "Votre vote est enregistré.",
      savedUp: "Votre soutien est enregistré.",
      yourVote: "Votre vote : ",
      canChange: "Vous pouvez changer votre vote jusqu'à la clôture : seul le dernier compte.",
      noChange: "Ce vote ne peut plus être modifié.",
      change: "Changer mon vote",
      pending: "Pas de connexion : votre vote est gardé sur ce téléphone et sera envoyé dès le retour du réseau.",
      offline: "Connexion perdue avec l'ordinateur de l'animateur. Nouvel essai…",
      chooseUpTo: ["Choisissez une option au plus.", "Choisissez jusqu'à {n} options."],
      chooseAny: "Choisissez autant d'options que vous voulez.",
      chosen: ["{n} choisie", "{n} choisies"],
      pointsLeft: "Points restants : {n} sur {t}",
      addPoint: "Ajouter un point à {o}",
      removePoint: "Retirer un point à {o}",
      points: ["{n} point", "{n} points"],
      gradeEach: "Donnez une mention à chaque proposition.",
      tapHint: "Touchez votre réponse : votre vote part aussitôt.",
      tapConfirmHint: "Choisissez votre réponse, puis envoyez-la. Elle ne pourra plus être changée.",
      yes: "Oui", no: "Non", abstain: "Abstention",
      results: "Résultats",
      votes: ["{n} voix", "{n} voix"],
      voters: ["{n} votant", "{n} votants"],
      median: "Mention majoritaire : {g}",
      winner: "En tête : {o}",
      tie: "Égalité",
      upvote: "J'appuie",
      upvoteHint: "Appuyez les idées que vous soutenez.",
      upvoteUpTo: ["Une idée au plus.", "Jusqu'à {n} idées."],
      newPoll: "Nouvelle question : {q}",
      ideaTitle: "Proposer une idée",
      ideaLabel: "Votre idée",
      ideaSend: "Envoyer l'idée",
      ideaThanks: "Merci ! Votre idée a été transmise à l'animateur.",
      ideaPending: "Votre idée est gardée et sera envoyée dès le retour du réseau.",
      chars: "{n} caractères restants",
      ticketTitle: "Votre ticket",
      ticketText: "Cette réunion vote avec des tickets imprimés. Saisissez le code écrit sous le code QR de votre ticket, ou scannez-le.",
      ticketLabel: "Code du ticket",
      ticketSend: "Valider le ticket",
      ticketOk: "Ticket n° {n} validé : vous pouvez voter.",
      ticketOkShort: "Ticket validé : vous pouvez voter.",
      wrongCode: "Ce code de réunion n'est plus valable. Scannez à nouveau le code QR affiché dans la salle.",
      slow: "Trop de demandes : patientez un instant."
    },
    en: {
      waiting: "Waiting for the next question…",
      waitingHint: "This page updates by itself. Keep it open.",
      closed: "This poll is closed.",
      vote: "Vote",
      send: "Send my vote",
      sending: "Sending…",
      saved: "Your vote is recorded.",
      savedUp: "Your support is recorded.",
      yourVote: "Your vote: ",
      canChange: "You can change your vote until the poll closes: only the last one counts.",
      noChange: "This vote can no longer be changed.",
      change: "Change my vote",
      pending: "No connection: your vote is kept on this phone and will be sent as soon as the network is back.",
      offline: "Lost the connection to the spokesperson's laptop. Trying again…",
      chooseUpTo: ["Choose one option at most.", "Choose up to {n} options."],
      chooseAny: "Choose as many options as you like.",
      chosen: ["{n} chosen", "{n} chosen"],
      pointsLeft: "Points left: {n} of {t}",
      addPoint: "Add a point to {o}",
      removePoint: "Remove a point from {o}",
      points: ["{n} point", "{n} points"],
      gradeEach: "Give a grade to every option.",
      tapHint: "Tap your answer: your vote is sent at once.",
      tapConfirmHint: "Choose your answer, then send it. It cannot be changed afterwards.",
      yes: "Yes", no: "No", abstain: "Abstain",
      results: "Results",
      votes: ["{n} vote", "{n} votes"],
      voters: ["{n} voter", "{n} voters"],
      median: "Majority grade: {g}",
      winner: "Leading: {o}",
      tie: "Tie",
      upvote: "Support",
      upvoteHint: "Support the ideas you like.",
      upvoteUpTo: ["One idea at most.", "Up to {n} ideas."],
      newPoll: "New question: {q}",
      ideaTitle: "Suggest an idea",
      ideaLabel: "Your idea",
      ideaSend: "Send the idea",
      ideaThanks: "Thank you! Your idea was passed on to the spokesperson.",
      ideaPending: "Your idea is kept and will be sent as soon as the network is back.",
      chars: "{n} characters left",
      ticketTitle: "Your ticket",
      ticketText: "This meeting votes with printed tickets. Type the code written under your ticket's QR code, or scan it.",
      ticketLabel: "Ticket code",
      ticketSend: "Use this ticket",
      ticketOk: "Ticket no. {n} accepted: you can vote.",
      ticketOkShort: "Ticket accepted: you can vote.",
      wrongCode: "This meeting code is no longer valid. Scan the QR code shown in the room again.",
      slow: "Too many requests: wait a moment."
    }
  };

  function t(key, vars) {
    var s = T[LANG][key] || T.en[key] || key;
    if (typeof s !== "string") {
      // [singular, plural]: French counts 0 and 1 as singular, English only 1.
      var n = vars && typeof vars.n === "number" ? vars.n : 2;
      s = s[(LANG === "fr" ? n <= 1 : n === 1) ? 0 : 1];
    }
    if (vars) {
      for (var k in vars) { s = s.split("{" + k + "}").join(String(vars[k])); }
    }
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
      return r.json().then(function (data) { return { status: r.status, data: data }; },
        function () { return { status: r.status, data: {} }; });
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
  var draft = {};            // poll id -> content being prepared
  var renderedKey = "";
  var resultsKey = "";
  var lastPollId = null;
  var sending = false;
  var offline = false;
  var flash = null;          // {text, warn} message shown on the poll card
  var resultsAfter = 0;      // results asked for before this time may not hold our last ballot
  var SERVER_CACHE_MS = 450; // how long the laptop may serve the same results to everyone

  function voted(pollId) { return store.get("voted:" + pollId); }

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
    return api("state" + (mine ? "?mine=1" : "")).then(function (r) {
      if (r.status === 404) { fatal(t("wrongCode")); return; }
      if (r.status === 429) { return; } // busy: keep what is shown, ask again at the next tick
      if (r.status !== 200) { throw new Error("state " + r.status); }
      setOffline(false);
      var s = r.data;
      if (s.me && s.me.ballot && !store.get("pending")) { store.set("voted:" + s.me.ballot.poll_id, s.me.ballot.content); }
      if (!s.me.joined) { joined = false; }
      s.asked = asked;
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
    if (!state) { return; }
    $("title").textContent = state.title;
    document.title = state.title;
    renderTicket();
    renderIdeas();
    var poll = state.poll;
    var pend = store.get("pending");
    var mine = poll ? voted(poll.id) : null;
    var key = JSON.stringify([poll && poll.id, poll && poll.state, !!mine, poll && editing[poll.id], !!pend, offline, flash && flash.text, state.tickets_required && !state.me.ticket]);
    var rkey = JSON.stringify([state.results, state.asked >= resultsAfter]);
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
    if (flash) { card.appendChild(el("p", { cls: "msg", role: flash.warn ? "alert" : null, text: flash.text })); }
    if (poll.state !== "open") {
      card.className = "card";
      card.appendChild(el("p", { cls: "msg", text: t("closed") }));
      card.appendChild(el("p", { cls: "hint", text: t("waiting") }));
    } else if (state.tickets_required && !state.me.ticket) {
      card.appendChild(el("p", { text: t("ticketText") }));
    } else if (pend && pend.poll_id === poll.id) {
      card.className = "card warn";
      card.appendChild(el("p", { cls: "msg", text: offline ? t("pending") : t("sending") }));
      card.appendChild(el("p", { text: t("yourVote") + describe(poll, pend.content) }));
    } else if (mine && !editing[poll.id] && poll.method !== "upvotes") {
      card.className = "card ok";
      card.appendChild(el("p", { cls: "msg", text: "✓ " + t("saved") }));
      card.appendChild(el("p", { text: t("yourVote") + describe(poll, mine) }));
      if (poll.allow_change) {
        card.appendChild(el("p", { cls: "hint", text: t("canChange") }));
        card.appendChild(el("button", { type: "button", cls: "btn alt", text: t("change"), on: { click: function () {
          editing[poll.id] = true; draft[poll.id] = copy(mine); flash = null; renderedKey = ""; render(); focusQuestion();
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

  function focusQuestion() {
    var q = $("question");
    if (q && q.focus) { q.focus(); }
  }

  function copy(v) { return v ? JSON.parse(JSON.stringify(v)) : v; }

  function labelOf(poll, id) {
    for (var i = 0; i < poll.options.length; i++) { if (poll.options[i].id === id) { return poll.options[i].label; } }
    return "?";
  }

  function describe(poll, c) {
    if (!c) { return ""; }
    if (c.option) { return labelOf(poll, c.option); }
    if (c.answer) { return t(c.answer); }
    if (c.options) { return c.options.map(function (id) { return labelOf(poll, id); }).join(", ") || "—"; }
    if (c.points) { return Object.keys(c.points).map(function (id) { return labelOf(poll, id) + " (" + t("points", { n: c.points[id] }) + ")"; }).join(", "); }
    if (c.grades) { return Object.keys(c.grades).map(function (id) { return labelOf(poll, id) + " : " + poll.grades[c.grades[id]]; }).join(" ; "); }
    return "";
  }

  function controls(poll, mine) {
    var m = poll.method;
    if (m === "single") { return tapControls(poll, poll.options.map(function (o) { return { id: o.id, label: o.label }; }), "option"); }
    if (m === "yes_no_abstain") { return tapControls(poll, [{ id: "yes", label: t("yes") }, { id: "no", label: t("no") }, { id: "abstain", label: t("abstain") }], "answer"); }
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
    var chosen = null;
    var confirm = null;
    choices.forEach(function (c) {
      var b = el("button", { type: "button", cls: "opt", "aria-pressed": "false", text: c.label, on: { click: function () {
        var content = {}; content[field] = c.id;
        if (poll.allow_change) { castBallot(poll.id, content); return; }
        chosen = content;
        Array.prototype.forEach.call(box.querySelectorAll(".opt"), function (x) { x.setAttribute("aria-pressed", x === b ? "true" : "false"); });
        confirm.disabled = false;
      } } });
      box.appendChild(b);
    });
    if (!poll.allow_change) {
      confirm = el("button", { type: "button", cls: "btn", disabled: true, text: t("send"), on: { click: function () { if (chosen) { castBallot(poll.id, chosen); } } } });
      box.appendChild(confirm);
    }
    return box;
  }

  function choiceControls(poll) {
    var max = poll.max_choices || poll.options.length;
    var d = draft[poll.id] || { options: [] };
    draft[poll.id] = d;
    var form = el("form", { novalidate: true });
    var fs = el("fieldset", {}, [el("legend", { cls: "sr-only", text: poll.question })]);
    var help = el("p", { cls: "hint", id: "choice-help", text: poll.max_choices ? t("chooseUpTo", { n: max }) : t("chooseAny") });
    var counter = el("p", { cls: "left", "aria-live": "polite", text: "" });
    fs.appendChild(help);
    var inputs = [];
    poll.options.forEach(function (o, i) {
      var input = el("input", { type: "checkbox", id: "c" + i, value: o.id, "aria-describedby": "choice-help" });
      input.checked = d.options.indexOf(o.id) >= 0;
      inputs.push(input);
      var lab = el("label", { cls: "opt", "for": "c" + i }, [input, el("span", { text: o.label })]);
      input.addEventListener("change", function () { sync(); });
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
        } } }, [el("span", { cls: "mark", "aria-hidden": "true", text: on ? "✓" : "+" }), el("span", { text: o.label }), el("span", { cls: "sr-only", text: " – " + t("upvote") })]);
      box.appendChild(b);
    });
    if (mine) { box.appendChild(el("p", { cls: "hint", text: "✓ " + t("savedUp") })); }
    return box;
  }

  function dotControls(poll) {
    var total = poll.points;
    var cap = poll.max_per_option || total;
    var d = draft[poll.id] || { points: {} };
    draft[poll.id] = d;
    var form = el("form", { novalidate: true });
    var left = el("p", { cls: "left", id: "points-left", "aria-live": "polite" });
    form.appendChild(left);
    var rows = [];
    poll.options.forEach(function (o, i) {
      var num = el("output", { cls: "num", id: "n" + i, "aria-live": "off" });
      var lbl = el("span", { cls: "lbl", id: "l" + i, text: o.label });
      var minus = el("button", { type: "button", cls: "step", "aria-label": t("removePoint", { o: o.label }), text: "−" });
      var plus = el("button", { type: "button", cls: "step", "aria-label": t("addPoint", { o: o.label }), text: "+" });
      minus.addEventListener("click", function () { d.points[o.id] = Math.max(0, (d.points[o.id] || 0) - 1); sync(); });
      plus.addEventListener("click", function () { d.points[o.id] = (d.points[o.id] || 0) + 1; sync(); });
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
    var d = draft[poll.id] || { grades: {} };
    draft[poll.id] = d;
    var form = el("form", { novalidate: true });
    form.appendChild(el("p", { cls: "hint", text: t("gradeEach") }));
    var submit = el("button", { type: "submit", cls: "btn", text: t("send") });
    poll.options.forEach(function (o, i) {
      var fs = el("fieldset", { cls: "grades" }, [el("legend", { text: o.label })]);
      poll.grades.forEach(function (g, gi) {
        var input = el("input", { type: "radio", name: "g" + i, id: "g" + i + "_" + gi, value: String(gi) });
        input.checked = d.grades[o.id] === gi;
        input.addEventListener("change", function () { d.grades[o.id] = gi; sync(); });
        fs.appendChild(el("label", { cls: "opt" + (input.checked ? " on" : ""), "for": "g" + i + "_" + gi }, [input, el("span", { text: g })]));
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

  function renderResults() {
    var box = $("results");
    if (!box) { return; }
    clear(box);
    var r = state.results;
    if (!r || !state.poll || r.poll_id !== state.poll.id) { return; }
    // While a poll is open, results show only after voting: they must not sway the vote.
    if (state.poll.state === "open" && !voted(state.poll.id)) { return; }
    // Results from before our ballot reached them would show it missing: wait for fresh ones.
    if (state.asked < resultsAfter) { return; }
    box.appendChild(el("h2", { cls: "small", text: t("results") + " · " + t("voters", { n: r.voters }) }));
    var list = el("ul", { cls: "res" });
    r.options.forEach(function (o) {
      var pct = Math.round((o.share || 0) * 100);
      var value = r.method === "majority_judgment" ? (o.median_grade_name ? t("median", { g: o.median_grade_name }) : "—")
        : (r.method === "dots" ? t("points", { n: o.votes }) : t("votes", { n: o.votes })) + " · " + pct + " %";
      var fg = el("div", { cls: "barfg" });
      fg.style.width = Math.max(0, Math.min(100, pct)) + "%";
      var name = (r.winners.indexOf(o.option_id) >= 0 ? "★ " : "") + o.label;
      list.appendChild(el("li", {}, [el("div", { cls: "row" }, [el("span", { text: name }), el("span", { cls: "pct", text: value })]), el("div", { cls: "barbg", "aria-hidden": "true" }, [fg])]));
    });
    box.appendChild(list);
    if (r.tie) { box.appendChild(el("p", { cls: "hint", text: t("tie") })); }
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
  var ideasBuilt = false;
  var ideaMsg = null;
  function sendIdea() {
    var p = store.get("idea");
    if (!p) { return Promise.resolve(); }
    return api("idea", p).then(function (r) {
      if (r.status === 200) { store.del("idea"); say(t("ideaThanks"), false); return; }
      if (r.status === 429 || r.status >= 500 || r.status === 401) { return; }
      store.del("idea");
      say(errText(r.data), true);
    }, function () { say(t("ideaPending"), false); });
  }
  function say(text, warn) {
    if (!ideaMsg) { return; }
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
      if (!text || store.get("idea")) { return; }
      store.set("idea", { id: uuid(), text: text });
      area.value = "";
      count.textContent = t("chars", { n: max });
      sendIdea();
    });
    sec.appendChild(form);
  }

  // ---- start -------------------------------------------------------------------------------
  document.documentElement.lang = LANG;
  var m = /(?:^#|&)ticket=([A-Za-z0-9_-]{4,40})/.exec(location.hash);
  if (m) {
    store.set("ticket-code", m[1]);
    if (history.replaceState) { history.replaceState(null, "", location.pathname); }
  }
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { schedule(0); } });
  window.addEventListener("online", function () { schedule(0); });
  tick();
})();
