// The sandbox page: draws what the stand-in holds for the chosen person and turns clicks into
// requests to /sandbox/*, which the server signs and sends to Liaison as Slack would.
(function () {
  'use strict';
  var me = null, people = [], state = null, pane = 'CDEMOGENRL', lastVersion = -1, modalKey = null;
  var jumpTo = /^#msg-C[A-Z0-9]+-/.test(location.hash) ? location.hash.substring(1) : null;
  if (jumpTo) pane = jumpTo.split('-')[1];
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'class') e.className = attrs[k];
      else if (k === 'html') e.innerHTML = attrs[k];
      else if (k === 'text') e.textContent = attrs[k];
      else if (k.indexOf('on') === 0) e.addEventListener(k.substring(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) })
      .then(function (r) { return r.json().catch(function () { return {}; }); })
      .then(function (outcome) {
        if (outcome && outcome.status && outcome.status !== 200) {
          alertFailure('Liaison could not handle that: it answered HTTP ' + outcome.status + '. Nothing was done'
            + (outcome.status === 404 ? ' (no listener for it).' : '.'));
        } else if (outcome && outcome.ok === false) alertFailure(outcome.error);
        else hideAlert();
        return refresh(true).then(function () { return outcome; });
      });
  }

  function status(text) { $('status').textContent = text || ''; }

  // A failure is shown where the person is looking, on top of the page and of any modal, until dismissed
  function alertFailure(text) { $('alert-text').textContent = text; $('alert').className = 'shown'; status(''); }
  function hideAlert() { $('alert').className = ''; }
  document.addEventListener('DOMContentLoaded', function () { $('alert-close').addEventListener('click', hideAlert); });

  // ---- mrkdwn

  var EMOJI = { white_check_mark: '✅', warning: '⚠️', x: '❌', calendar: '📅', rotating_light: '🚨', palm_tree: '🌴',
    wave: '👋', bell: '🔔', clipboard: '📋', memo: '📝', telephone_receiver: '📞', email: '📧', busts_in_silhouette: '👥',
    red_circle: '🔴', large_yellow_circle: '🟡', large_green_circle: '🟢', large_orange_circle: '🟠', fire: '🔥',
    hourglass_flowing_sand: '⏳', zzz: '💤', arrow_right: '➡️', heavy_check_mark: '✔️', star: '⭐', sunny: '☀️',
    thumbsup: '👍', thumbsdown: '👎', tada: '🎉', chart_with_upwards_trend: '📈', chart_with_downwards_trend: '📉',
    slightly_frowning_face: '🙁', slightly_smiling_face: '🙂', neutral_face: '😐', information_source: 'ℹ️', mag: '🔍', link: '🔗', inbox_tray: '📥', house: '🏠', pushpin: '📌', lock: '🔒',
    handshake: '🤝', moneybag: '💰', heavy_multiplication_x: '✖️', eyes: '👀', spiral_calendar_pad: '🗓️', thinking_face: '🤔', white_circle: '⚪', pencil2: '✏️',
    pause_button: '⏸️', page_facing_up: '📄', new: '🆕', leftwards_arrow_with_hook: '↩️', hourglass: '⌛',
    bar_chart: '📊', arrow_up: '⬆️', airplane: '✈️', arrow_down: '⬇️', heavy_minus_sign: '➖' };
  // Every :code: Liaison writes must be here (SandboxEmojiTest checks src/main against this map).

  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  // Slack's text arrives with &amp; &lt; &gt; escaped: read them back before escaping for HTML
  function unslack(s) { return String(s).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'); }

  function userName(id) { return (state && state.users[id]) || id; }
  function channelName(id) { return (state && state.channels[id]) || id; }
  function myZone() { var p = people.filter(function (x) { return x.id === me; })[0]; return p ? p.tz : undefined; }

  function formatDate(epoch, format, fallback) {
    var d = new Date(epoch * 1000);
    if (isNaN(d.getTime())) return esc(fallback);
    var tz = myZone();
    function f(o) { o.timeZone = tz; return new Intl.DateTimeFormat('en-GB', o).format(d); }
    var out = format.replace(/\{(\w+)\}/g, function (m, token) {
      switch (token) {
        case 'date_num': return f({ year: 'numeric', month: '2-digit', day: '2-digit' });
        case 'date': case 'date_pretty': return f({ year: 'numeric', month: 'long', day: 'numeric' });
        case 'date_short': case 'date_short_pretty': return f({ year: 'numeric', month: 'short', day: 'numeric' });
        case 'date_long': case 'date_long_pretty': return f({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
        case 'time': return f({ hour: '2-digit', minute: '2-digit' });
        case 'time_secs': return f({ hour: '2-digit', minute: '2-digit', second: '2-digit' });
        case 'day_divider_pretty': return f({ weekday: 'long', month: 'long', day: 'numeric' });
        case 'ago': return Math.round((Date.now() / 1000 - epoch) / 60) + ' minutes ago';
        default: return m;
      }
    });
    return esc(out);
  }

  function token(inner) {
    if (inner.charAt(0) === '@') {
      var id = inner.substring(1).split('|')[0];
      return '<span class="mention">@' + esc(userName(id)) + '</span>';
    }
    if (inner.charAt(0) === '#') {
      var parts = inner.substring(1).split('|');
      return '<span class="mention">#' + esc(parts[1] || channelName(parts[0])) + '</span>';
    }
    if (inner.charAt(0) === '!') {
      var bar = inner.indexOf('|');
      var fallback = bar >= 0 ? unslack(inner.substring(bar + 1)) : '';
      var body = bar >= 0 ? inner.substring(1, bar) : inner.substring(1);
      if (body.indexOf('date^') === 0) {
        var p = body.split('^');
        return formatDate(Number(p[1]), unslack(p[2] || '{date_short}'), fallback);
      }
      if (body.indexOf('subteam^') === 0) return '<span class="mention">' + esc(fallback || '@team') + '</span>';
      return '<span class="mention">@' + esc(body) + '</span>';
    }
    var pipe = inner.indexOf('|');
    var url = unslack(pipe >= 0 ? inner.substring(0, pipe) : inner);
    var label = pipe >= 0 ? unslack(inner.substring(pipe + 1)) : url;
    var safe = /^(https?:|mailto:|\/)/i.test(url) ? url : '#';
    return '<a href="' + esc(safe) + '" target="_blank" rel="noopener">' + esc(label) + '</a>';
  }

  function inline(s) {
    // s is already HTML-escaped text without tokens
    return s
      .replace(/`([^`\n]+)`/g, function (m, c) { return '<code>' + c + '</code>'; })
      .replace(/(^|[\s(>])\*([^*\n]+)\*(?=$|[\s).,:;!?<])/g, '$1<b>$2</b>')
      .replace(/(^|[\s(>])_([^_\n]+)_(?=$|[\s).,:;!?<])/g, '$1<i>$2</i>')
      .replace(/(^|[\s(>])~([^~\n]+)~(?=$|[\s).,:;!?<])/g, '$1<s>$2</s>')
      .replace(/:([a-z0-9_+-]+):/g, function (m, name) { return EMOJI[name] || m; });
  }

  function mrkdwn(text) {
    if (text == null) return '';
    var out = [], last = 0, re = /<([^<>\n]+)>/g, m, raw = String(text);
    var tokens = [];
    // tokens are replaced by placeholders so formatting never reaches inside links or mentions
    var plain = raw.replace(re, function (all, inner) { tokens.push(token(inner)); return '\u0000' + (tokens.length - 1) + '\u0000'; });
    var blocks = plain.split('```');
    blocks.forEach(function (part, i) {
      var html = esc(unslack(part));
      if (i % 2 === 1) { out.push('<pre>' + html + '</pre>'); return; }
      html = html.split('\n').map(function (line) {
        var quoted = /^&gt; ?/.test(line);
        var body = inline(line.replace(/^&gt; ?/, ''));
        return quoted ? '<blockquote>' + body + '</blockquote>' : body;
      }).join('<br>');
      out.push(html);
    });
    return out.join('').replace(/\u0000(\d+)\u0000/g, function (all, n) { return tokens[Number(n)]; });
  }

  function textHtml(t) {
    if (!t) return '';
    if (typeof t === 'string') return esc(t);
    return t.type === 'mrkdwn' ? mrkdwn(t.text) : esc(unslack(t.text || '')).replace(/:([a-z0-9_+-]+):/g,
      function (m, name) { return t.emoji === false ? m : (EMOJI[name] || m); });
  }

  // ---- Block Kit

  function unknown(json) { return el('pre', { 'class': 'bk-unknown', text: JSON.stringify(json, null, 2) }); }

  function options(element) {
    var list = [];
    (element.options || []).forEach(function (o) { list.push(o); });
    (element.option_groups || []).forEach(function (g) { (g.options || []).forEach(function (o) { list.push(o); }); });
    return list;
  }

  function plainOf(t) { return t ? unslack(t.text || '') : ''; }

  // What the person chose, in their words: the button's label or the option picked, not the action id
  function label(e, action) {
    var words;
    if (action.selected_option) words = plainOf(action.selected_option.text);
    else if (action.selected_date) words = action.selected_date;
    else if (action.selected_user) words = userName(action.selected_user);
    else if (action.selected_channel || action.selected_conversation) words = '#' + channelName(action.selected_channel || action.selected_conversation);
    else words = plainOf(e.text) || plainOf(e.placeholder) || 'your choice';
    return words.replace(/:([a-z0-9_+-]+):/g, function (m, name) { return EMOJI[name] || m; });
  }

  // An interactive element. where: {kind, ...}; inInput: a modal input (its value is read at submit)
  function element(e, block, where, inInput) {
    var send = function (action) {
      action.action_id = e.action_id; action.block_id = block.block_id; action.type = e.type;
      var body = { user: me, where: where, action: action };
      if (where.kind === 'modal') body.values = collectValues();
      status('Sent “' + label(e, action) + '”');
      return post('/sandbox/action', body);
    };
    var dispatch = !inInput || block.dispatch_action;
    var data = { 'data-block': block.block_id, 'data-action': e.action_id, 'data-type': e.type };
    switch (e.type) {
      case 'button': {
        var b = el('button', Object.assign({ type: 'button', 'class': 'bk-button ' + (e.style || ''), html: textHtml(e.text) }, data));
        b.addEventListener('click', function () {
          if (e.url) window.open(e.url, '_blank', 'noopener');
          var a = { text: e.text }; if (e.value !== undefined) a.value = e.value;
          send(a);
        });
        return b;
      }
      case 'static_select': case 'overflow': case 'external_select': {
        var s = el('select', data);
        s.appendChild(el('option', { value: '', text: e.type === 'overflow' ? '⋯' : (plainOf(e.placeholder) || 'Choose…') }));
        options(e).forEach(function (o) {
          var opt = el('option', { value: o.value, text: plainOf(o.text) });
          if (e.initial_option && e.initial_option.value === o.value) opt.selected = true;
          s.appendChild(opt);
        });
        if (dispatch) s.addEventListener('change', function () {
          var o = options(e).filter(function (x) { return x.value === s.value; })[0];
          if (o) send({ selected_option: { text: o.text, value: o.value } });
        });
        return s;
      }
      case 'users_select': case 'conversations_select': case 'channels_select': {
        var list = e.type === 'users_select' ? state.users : state.channels;
        var u = el('select', data);
        u.appendChild(el('option', { value: '', text: plainOf(e.placeholder) || 'Choose…' }));
        var initial = e.initial_user || e.initial_conversation || e.initial_channel;
        Object.keys(list).forEach(function (id) {
          if (id === 'UDEMOBOT01') return;
          var opt = el('option', { value: id, text: (e.type === 'users_select' ? '' : '#') + list[id] });
          if (initial === id) opt.selected = true;
          u.appendChild(opt);
        });
        var key = e.type === 'users_select' ? 'selected_user' : e.type === 'channels_select' ? 'selected_channel' : 'selected_conversation';
        if (dispatch) u.addEventListener('change', function () { var a = {}; a[key] = u.value; send(a); });
        return u;
      }
      case 'multi_static_select': case 'multi_users_select': case 'checkboxes': case 'radio_buttons': {
        var box = el('div', data);
        var isUsers = e.type === 'multi_users_select';
        var opts = isUsers ? Object.keys(state.users).filter(function (id) { return id !== 'UDEMOBOT01'; })
          .map(function (id) { return { value: id, text: { type: 'plain_text', text: state.users[id] } }; }) : options(e);
        var chosen = (e.initial_options || []).map(function (o) { return o.value; })
          .concat(e.initial_option ? [e.initial_option.value] : []).concat(e.initial_users || []);
        var name = 'r' + Math.random();
        opts.forEach(function (o) {
          var input = el('input', { type: e.type === 'radio_buttons' ? 'radio' : 'checkbox', name: name, value: o.value });
          if (chosen.indexOf(o.value) >= 0) input.checked = true;
          if (dispatch) input.addEventListener('change', function () { send(elementState(box)); });
          box.appendChild(el('label', { style: 'display:block;font-weight:normal' }, [input, ' ', el('span', { html: textHtml(o.text) })]));
        });
        box._options = opts;
        return box;
      }
      case 'datepicker': {
        var d = el('input', Object.assign({ type: 'date' }, data));
        if (e.initial_date) d.value = e.initial_date;
        if (dispatch) d.addEventListener('change', function () { send({ selected_date: d.value }); });
        return d;
      }
      case 'timepicker': {
        var t = el('input', Object.assign({ type: 'time' }, data));
        if (e.initial_time) t.value = e.initial_time;
        if (dispatch) t.addEventListener('change', function () { send({ selected_time: t.value }); });
        return t;
      }
      case 'plain_text_input': case 'number_input': case 'email_text_input': case 'url_text_input': {
        var attrs = Object.assign({ placeholder: plainOf(e.placeholder) }, data);
        var i = e.multiline ? el('textarea', Object.assign({ rows: 4 }, attrs))
          : el('input', Object.assign({ type: e.type === 'number_input' ? 'number' : 'text' }, attrs));
        if (e.initial_value) i.value = e.initial_value;
        if (e.max_length) i.setAttribute('maxlength', e.max_length);
        return i;
      }
      case 'image':
        return el('img', { src: e.image_url, alt: e.alt_text || '', title: e.alt_text || '' });
      default:
        return unknown(e);
    }
  }

  // The state of one element, as Slack puts it in view.state.values
  function elementState(node) {
    var type = node.getAttribute('data-type'), s = { type: type };
    switch (type) {
      case 'static_select': case 'external_select': {
        s.selected_option = node.value ? { value: node.value, text: { type: 'plain_text', text: node.options[node.selectedIndex].text } } : null;
        return s;
      }
      case 'users_select': s.selected_user = node.value || null; return s;
      case 'conversations_select': s.selected_conversation = node.value || null; return s;
      case 'channels_select': s.selected_channel = node.value || null; return s;
      case 'datepicker': s.selected_date = node.value || null; return s;
      case 'timepicker': s.selected_time = node.value || null; return s;
      case 'radio_buttons': case 'checkboxes': case 'multi_static_select': case 'multi_users_select': {
        var picked = Array.prototype.slice.call(node.querySelectorAll('input')).filter(function (i) { return i.checked; })
          .map(function (i) { return (node._options || []).filter(function (o) { return o.value === i.value; })[0]; });
        if (type === 'radio_buttons') s.selected_option = picked[0] || null;
        else if (type === 'multi_users_select') s.selected_users = picked.map(function (o) { return o.value; });
        else s.selected_options = picked;
        return s;
      }
      default: s.value = node.value === '' ? null : node.value; return s;
    }
  }

  function collectValues() {
    var values = {};
    Array.prototype.slice.call($('modal').querySelectorAll('[data-action]')).forEach(function (node) {
      var type = node.getAttribute('data-type');
      if (type === 'button' || type === 'overflow') return;
      var block = node.getAttribute('data-block');
      values[block] = values[block] || {};
      values[block][node.getAttribute('data-action')] = elementState(node);
    });
    return values;
  }

  function renderBlocks(blocks, where, errors) {
    var root = el('div', { 'class': 'blocks' });
    (blocks || []).forEach(function (b) {
      try { root.appendChild(renderBlock(b, where, errors || {})); } catch (err) { root.appendChild(unknown(b)); }
    });
    return root;
  }

  function renderBlock(b, where, errors) {
    switch (b.type) {
      case 'header': return el('div', { 'class': 'bk-header', html: textHtml(b.text) });
      case 'divider': return el('hr', { 'class': 'bk-divider' });
      case 'section': {
        var body = el('div', { 'class': 'body' });
        if (b.text) body.appendChild(el('div', { html: textHtml(b.text) }));
        if (b.fields) body.appendChild(el('div', { 'class': 'bk-fields' }, b.fields.map(function (f) { return el('div', { html: textHtml(f) }); })));
        var section = el('div', { 'class': 'bk-section' }, [body]);
        if (b.accessory) section.appendChild(element(b.accessory, b, where, false));
        return section;
      }
      case 'context':
        return el('div', { 'class': 'bk-context' }, (b.elements || []).map(function (c) {
          return c.type === 'image' ? el('img', { src: c.image_url, alt: c.alt_text || '' }) : el('span', { html: textHtml(c) });
        }));
      case 'actions':
        return el('div', { 'class': 'bk-actions' }, (b.elements || []).map(function (e) { return element(e, b, where, false); }));
      case 'image': {
        var img = el('div', { 'class': 'bk-image' });
        if (b.title) img.appendChild(el('div', { html: textHtml(b.title) }));
        img.appendChild(el('img', { src: b.image_url, alt: b.alt_text || '' }));
        return img;
      }
      case 'input': {
        var wrap = el('div', { 'class': 'bk-input' });
        wrap.appendChild(el('label', { html: textHtml(b.label) + (b.optional ? ' <span style="font-weight:normal;color:#888">(optional)</span>' : '') }));
        wrap.appendChild(element(b.element, b, where, true));
        if (b.hint) wrap.appendChild(el('div', { 'class': 'hint', html: textHtml(b.hint) }));
        if (errors[b.block_id]) wrap.appendChild(el('div', { 'class': 'error', text: errors[b.block_id] }));
        return wrap;
      }
      default: return unknown(b);
    }
  }

  // ---- conversations

  function when(ts) {
    var d = new Date(Number(String(ts).split('.')[0]) * 1000);
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: myZone() }).format(d);
  }

  function messageNode(m, channelId, ephemeral) {
    var node = el('div', { 'class': 'msg' + (ephemeral ? ' ephemeral' : ''), id: 'msg-' + channelId + '-' + String(m.ts).replace('.', '-') });
    if (ephemeral) {
      if (m.command) node.appendChild(el('div', { 'class': 'typed', text: '› ' + m.command }));
      if (!m.text && (!m.blocks || !m.blocks.length)) return node;
      node.appendChild(el('div', { 'class': 'only', text: 'Only visible to you' }));
    }
    var head = el('div', {}, [el('span', { 'class': 'who', text: ephemeral ? 'Liaison' : userName(m.user) }),
      el('span', { 'class': 'when', text: when(m.ts) + (m.edited ? ' (edited)' : '') })]);
    if (!ephemeral && m.user === 'UDEMOBOT01') {
      var menu = el('select', { 'class': 'msg-menu', title: 'More actions' }, [el('option', { value: '', text: '⋯' }),
        el('option', { value: 'log_to_client', text: 'Log to client' })]);
      menu.addEventListener('change', function () {
        if (menu.value) post('/sandbox/shortcut', { user: me, channel: channelId, ts: m.ts, callbackId: menu.value });
      });
      head.appendChild(menu);
    }
    node.appendChild(head);
    var where = ephemeral ? { kind: 'answer', answerId: m.id } : { kind: 'message', channel: channelId, ts: m.ts };
    if (m.blocks && m.blocks.length) node.appendChild(renderBlocks(m.blocks, where));
    else node.appendChild(el('div', { html: mrkdwn(m.text) }));
    return node;
  }

  function renderConversation(conversation, withAnswers) {
    var root = el('div');
    var messages = conversation ? conversation.messages : [];
    var items = messages.filter(function (m) { return !m.thread_ts || m.thread_ts === m.ts; })
      .map(function (m) { return { ts: Number(m.ts), node: threaded(m, messages, conversation.id) }; });
    if (withAnswers) state.answers.filter(function (a) { return a.channel === conversation.id; }).forEach(function (a) {
      items.push({ ts: Number(a.ts), node: messageNode(a, conversation.id, true) });
    });
    items.sort(function (a, b) { return a.ts - b.ts; });
    if (!items.length) root.appendChild(el('div', { 'class': 'empty', text: 'Nothing here yet.' }));
    items.forEach(function (i) { root.appendChild(i.node); });
    return root;
  }

  function threaded(parent, messages, channelId) {
    var wrap = el('div', {}, [messageNode(parent, channelId, false)]);
    var replies = messages.filter(function (m) { return m.thread_ts === parent.ts && m.ts !== parent.ts; });
    if (replies.length) wrap.appendChild(el('div', { 'class': 'thread' }, replies.map(function (r) { return messageNode(r, channelId, false); })));
    if (channelId.charAt(0) === 'C') {
      var input = el('input', { placeholder: 'Reply in thread…', 'class': 'reply' });
      input.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' && input.value.trim()) {
          post('/sandbox/say', { user: me, channel: channelId, threadTs: parent.ts, text: input.value.trim() });
          input.value = '';
        }
      });
      wrap.appendChild(el('div', { 'class': 'reply-box' }, [input]));
    }
    return wrap;
  }

  function conversation(id) {
    return state.conversations.filter(function (c) { return c.id === id || (id === 'dm' && c.dm_user === me); })[0];
  }

  function render() {
    document.querySelectorAll('#side .nav').forEach(function (b) { b.classList.toggle('active', b.getAttribute('data-pane') === pane); });
    var root = $('pane');
    var keep = root.scrollTop, atBottom = root.scrollHeight - root.scrollTop - root.clientHeight < 40;
    root.innerHTML = '';
    if (pane === 'home') {
      $('title').textContent = 'Liaison — Home';
      if (state.home) root.appendChild(renderBlocks(state.home.blocks, { kind: 'home' }));
      else root.appendChild(el('div', { 'class': 'empty', text: 'Opening App Home…' }));
    } else if (pane === 'dm') {
      $('title').textContent = 'Liaison (direct messages)';
      var dm = conversation('dm');
      root.appendChild(dm ? renderConversation(dm, true) : el('div', { 'class': 'empty', text: 'No messages from Liaison yet.' }));
    } else {
      $('title').textContent = '# ' + channelName(pane);
      root.appendChild(renderConversation(conversation(pane), true));
    }
    root.scrollTop = atBottom ? root.scrollHeight : keep;
    // a permalink (/sandbox#msg-<channel>-<ts>) scrolls to its message once
    if (jumpTo && document.getElementById(jumpTo)) { document.getElementById(jumpTo).scrollIntoView(); jumpTo = null; }
    renderModal();
  }

  function renderModal() {
    var view = state.modal;
    var key = view ? view.id + '|' + view.hash + '|' + JSON.stringify(view.sandbox_errors || {}) : null;
    if (key === modalKey) return;
    modalKey = key;
    var overlay = $('overlay'), modal = $('modal');
    if (!view) { overlay.style.display = 'none'; modal.innerHTML = ''; return; }
    modal.innerHTML = '';
    modal.appendChild(el('div', { 'class': 'head', html: textHtml(view.title) }));
    var content = el('div', { 'class': 'content' }, [renderBlocks(view.blocks, { kind: 'modal', viewId: view.id }, view.sandbox_errors)]);
    modal.appendChild(content);
    var foot = el('div', { 'class': 'foot' });
    var close = el('button', { type: 'button', id: 'modal-close', text: view.close ? plainOf(view.close) : (view.submit ? 'Cancel' : 'Close') });
    close.addEventListener('click', function () { post('/sandbox/close', { user: me }); });
    foot.appendChild(close);
    if (view.submit) {
      var submit = el('button', { type: 'button', id: 'modal-submit', 'class': 'bk-button primary', text: plainOf(view.submit) });
      submit.addEventListener('click', function () {
        status('Submitting…');
        post('/sandbox/submit', { user: me, viewId: view.id, values: collectValues() });
      });
      foot.appendChild(submit);
    }
    modal.appendChild(foot);
    overlay.style.display = 'flex';
  }

  function refresh(force) {
    if (!me) return Promise.resolve();
    return fetch('/sandbox/state?user=' + encodeURIComponent(me)).then(function (r) { return r.json(); }).then(function (s) {
      if (!force && s.version === lastVersion) return;
      state = s; lastVersion = s.version;
      render();
    });
  }

  function choose(id) {
    me = id; modalKey = null; lastVersion = -1;
    var p = people.filter(function (x) { return x.id === id; })[0];
    $('me').textContent = p ? p.role + ' · ' + p.tz + ' · @' + p.handle : '';
    localStorage.setItem('liaison-sandbox-user', id);
    refresh(true).then(function () { if (pane === 'home') post('/sandbox/home', { user: me }); });
  }

  function show(next) {
    pane = next;
    if (pane === 'home') post('/sandbox/home', { user: me });
    if (state) render();
  }

  function runCommandOrSay() {
    var input = $('command'), text = input.value.trim();
    if (!text) return;
    input.value = '';
    if (text.charAt(0) === '/') {
      if (pane !== 'CDEMOGENRL') show('CDEMOGENRL');
      status('Running ' + text.split(' ')[0] + '…');
      post('/sandbox/command', { user: me, text: text }).then(function () { status(''); });
    } else {
      var channel = pane === 'dm' ? me : pane === 'home' ? 'CDEMOGENRL' : pane;
      post('/sandbox/say', { user: me, channel: channel, text: text });
    }
  }

  function start() {
    document.querySelectorAll('#side .nav').forEach(function (b) {
      b.addEventListener('click', function () { show(b.getAttribute('data-pane')); });
    });
    $('command').addEventListener('keydown', function (ev) { if (ev.key === 'Enter') runCommandOrSay(); });
    $('who').addEventListener('change', function () { choose($('who').value); });
    $('reset').addEventListener('click', function () {
      if (!confirm('Wipe the demo agency and make it again?')) return;
      status('Resetting the demo…');
      post('/sandbox/reset').then(function () { status('Demo reset.'); });
    });
    fetch('/sandbox/jobs').then(function (r) { return r.json(); }).then(function (jobs) {
      jobs.forEach(function (job) {
        var b = el('button', { type: 'button', 'class': 'job', 'data-job': job, text: 'Run now: ' + job });
        b.addEventListener('click', function () {
          status('Running ' + job + '…');
          post('/sandbox/jobs/' + encodeURIComponent(job)).then(function (outcome) {
            status(job + ': ' + (outcome && outcome.summary ? outcome.summary : 'started; its messages arrive in a moment.'));
          });
        });
        $('jobs').appendChild(b);
      });
    });
    fetch('/sandbox/people').then(function (r) { return r.json(); }).then(function (list) {
      people = list;
      list.forEach(function (p) { $('who').appendChild(el('option', { value: p.id, text: p.name + ' — ' + p.role })); });
      // ?user=U… and ?pane=home|dm|C… open the page as someone, on a pane
      var query = new URLSearchParams(location.search);
      if (query.get('pane')) pane = query.get('pane');
      var saved = query.get('user') || localStorage.getItem('liaison-sandbox-user');
      var first = list.filter(function (p) { return p.id === saved; }).length ? saved : list[3].id;
      $('who').value = first;
      choose(first);
    });
    setInterval(function () { refresh(false); }, 1000);
  }

  start();
})();
