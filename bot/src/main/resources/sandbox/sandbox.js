// The sandbox web chat: be one persona at a time (each tab its own), talk to the bot through the JSON API.
(function () {
    'use strict';
    const api = '/sandbox/api';
    // Sent back with every call: the server accepts changes only with the token it put into this page.
    const token = document.querySelector('meta[name="sandbox-token"]').content;
    const $ = (id) => document.getElementById(id);
    const state = {personas: [], current: null, lastChat: '', lastPersonas: '', seen: {}};

    function escapeHtml(text) {
        return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }

    // The bot writes Telegram's HTML: keep its few formatting tags and http(s) links, show anything else as text.
    function telegramHtml(html) {
        let s = html.replace(/</g, '&lt;').replace(/>/g, '&gt;');
        s = s.replace(/&lt;(\/?)(b|strong|i|em|u|ins|s|strike|del|code|pre|blockquote)&gt;/g, '<$1$2>');
        s = s.replace(/&lt;a href="((?:https?|tg):\/\/[^"<>]*)"&gt;/g, '<a href="$1" target="_blank" rel="noopener">');
        return s.replace(/&lt;\/a&gt;/g, '</a>');
    }

    // Plain text with its links clickable; long ones (a calendar template, say) shown shortened.
    function plainText(text) {
        return text.split(/(https?:\/\/[^\s<>"]+)/).map((part, i) => i % 2 === 0 ? escapeHtml(part)
            : '<a href="' + escapeHtml(part) + '" target="_blank" rel="noopener">'
                + escapeHtml(part.length > 48 ? part.slice(0, 45) + '…' : part) + '</a>').join('');
    }

    async function call(method, path, body) {
        const options = {method: method, headers: {'X-Sandbox-Token': token}};
        if (body instanceof FormData) {
            options.body = body;
        } else if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        const response = await fetch(api + path, options);
        const json = await response.json().catch(() => ({}));
        if (!response.ok) {
            throw new Error(json.error || json.detail || response.statusText);
        }
        return json;
    }

    function toast(text, alert) {
        const box = $('toast');
        box.textContent = text;
        box.classList.toggle('alert', !!alert);
        box.hidden = false;
        clearTimeout(toast.timer);
        toast.timer = setTimeout(() => { box.hidden = true; }, alert ? 4000 : 2200);
    }

    function initials(name) {
        return name.split(/\s+/).filter(Boolean).slice(0, 2).map((p) => p[0]).join('').toUpperCase() || '?';
    }

    function persona() {
        return state.personas.find((p) => p.id === state.current);
    }

    function choose(id) {
        state.current = id;
        state.lastChat = '';
        $('messages').innerHTML = '';
        history.replaceState(null, '', '#p=' + id);
        renderPersonas(true);
        refreshChat();
    }

    function renderPersonas(force) {
        const json = JSON.stringify(state.personas) + state.current;
        if (!force && json === state.lastPersonas) {
            return;
        }
        state.lastPersonas = json;
        // Options are updated in place, so an open list is not snatched away while someone picks from it.
        const select = $('persona');
        const same = select.options.length === state.personas.length
            && state.personas.every((p, i) => select.options[i].value === String(p.id));
        if (!same) {
            select.innerHTML = '';
            state.personas.forEach((p) => {
                const option = document.createElement('option');
                option.value = p.id;
                select.appendChild(option);
            });
        }
        state.personas.forEach((p, i) => {
            const unseen = p.id !== state.current && p.botMessages > (state.seen[p.id] || 0);
            const label = p.name + ' · ' + p.role + (unseen ? ' ●' : '');
            if (select.options[i].textContent !== label) {
                select.options[i].textContent = label;
            }
        });
        select.value = state.current;
        const me = persona();
        if (me) {
            $('avatar').textContent = initials(me.name);
            $('role').textContent = (me.language === 'uk' ? 'українська' : 'English')
                + ' · Telegram id ' + me.id;
        }
    }

    async function loadPersonas() {
        state.personas = await call('GET', '/personas');
        const fromHash = Number((location.hash.match(/p=(\d+)/) || [])[1]);
        if (!state.personas.some((p) => p.id === state.current)) {
            const wanted = state.personas.find((p) => p.id === fromHash) || state.personas[0];
            if (wanted) {
                choose(wanted.id);
                return;
            }
        }
        renderPersonas(false);
    }

    function media(entry) {
        let html = '';
        if (entry.photo) {
            html += '<a href="' + entry.photo.url + '" target="_blank"><img src="' + entry.photo.url + '" alt="photo"></a>';
        }
        if (entry.document) {
            const name = escapeHtml(entry.document.name || 'file');
            html += '<a class="file" href="' + entry.document.url + '" download="' + name + '">'
                + '<span class="doc">⬇</span><span class="name">' + name + '</span></a>';
        }
        return html;
    }

    function messageElement(entry) {
        const box = document.createElement('div');
        box.className = 'msg ' + entry.from;
        box.dataset.id = entry.id;
        const text = entry.text ? (entry.parseMode && entry.parseMode.toUpperCase() === 'HTML'
            ? telegramHtml(entry.text) : plainText(entry.text)) : '';
        const time = new Date(entry.sentAt).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', hour12: false});
        box.innerHTML = '<div class="bubble">' + media(entry) + '<span class="text">' + text + '</span>'
            + '<span class="meta">' + (entry.edited ? 'edited ' : '') + time + '</span></div>';
        if (entry.buttons.length) {
            const kb = document.createElement('div');
            kb.className = 'kb';
            for (const row of entry.buttons) {
                const line = document.createElement('div');
                line.className = 'row';
                for (const key of row) {
                    line.appendChild(keyElement(entry.id, key));
                }
                kb.appendChild(line);
            }
            box.appendChild(kb);
        }
        return box;
    }

    function keyElement(messageId, key) {
        if (key.url) {
            const link = document.createElement('a');
            link.href = key.url;
            link.target = '_blank';
            link.rel = 'noopener';
            link.textContent = key.text + ' ↗';
            return link;
        }
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = key.text;
        if (!key.callback || key.text.trim() === '' || key.text === '·') {
            button.classList.add('inert');
        }
        button.addEventListener('click', () => press(messageId, key.text));
        return button;
    }

    function render(chat) {
        const area = $('chat');
        const nearBottom = area.scrollHeight - area.scrollTop - area.clientHeight < 80;
        const list = $('messages');
        const before = list.children.length;
        list.innerHTML = '';
        chat.messages.forEach((entry) => list.appendChild(messageElement(entry)));
        $('empty').hidden = chat.messages.length > 0;
        if (nearBottom || chat.messages.length !== before) {
            area.scrollTop = area.scrollHeight;
            // Pictures arrive after the text: keep the newest message in view as they grow the chat.
            list.querySelectorAll('img').forEach((img) => img.addEventListener('load', () => {
                area.scrollTop = area.scrollHeight;
            }, {once: true}));
        }
        const reply = $('reply-kb');
        reply.innerHTML = '';
        reply.hidden = chat.replyKeyboard.length === 0;
        for (const row of chat.replyKeyboard) {
            const line = document.createElement('div');
            line.className = 'row';
            for (const label of row) {
                const button = document.createElement('button');
                button.type = 'button';
                button.textContent = label;
                button.addEventListener('click', () => send(label));
                line.appendChild(button);
            }
            reply.appendChild(line);
        }
        const menu = $('menu');
        menu.innerHTML = '';
        for (const command of chat.commands) {
            const item = document.createElement('button');
            item.type = 'button';
            item.innerHTML = '<span class="cmd">/' + escapeHtml(command.command) + '</span><span class="desc">'
                + escapeHtml(command.description) + '</span>';
            item.addEventListener('click', () => { menu.hidden = true; send('/' + command.command); });
            menu.appendChild(item);
        }
    }

    async function refreshChat() {
        const id = state.current;
        if (id == null) {
            return;
        }
        try {
            const chat = await call('GET', '/personas/' + id + '/chat');
            const json = JSON.stringify(chat);
            if (id === state.current && json !== state.lastChat) {
                state.lastChat = json;
                render(chat);
            }
            state.seen[id] = chat.messages.filter((m) => m.from === 'bot').length;
        } catch (e) {
            // the next poll tries again (e.g. while the demo data is being reset)
        }
    }

    async function send(text) {
        try {
            await call('POST', '/personas/' + state.current + '/messages', {text: text});
            refreshChat();
        } catch (e) {
            toast(e.message);
        }
    }

    async function press(messageId, button) {
        try {
            const result = await call('POST', '/personas/' + state.current + '/press', {messageId, button});
            if (result.text) {
                toast(result.text, result.alert);
            }
        } catch (e) {
            toast(e.message);
        }
        refreshChat();
    }

    $('persona').addEventListener('change', (e) => choose(Number(e.target.value)));
    $('composer').addEventListener('submit', (e) => {
        e.preventDefault();
        const text = $('text').value;
        if (text.trim()) {
            $('text').value = '';
            $('menu').hidden = true;
            send(text);
        }
    });
    $('start').addEventListener('click', () => send('/start'));
    $('commands').addEventListener('click', () => {
        const menu = $('menu');
        menu.hidden = !menu.hidden || menu.children.length === 0;
        if (menu.children.length === 0) {
            toast('No commands yet: send /start');
        }
    });
    $('photo').addEventListener('change', async (e) => {
        const file = e.target.files[0];
        e.target.value = '';
        if (!file) {
            return;
        }
        const form = new FormData();
        form.append('file', file);
        const caption = $('text').value.trim();
        if (caption) {
            form.append('caption', caption);
            $('text').value = '';
        }
        try {
            await call('POST', '/personas/' + state.current + '/photo', form);
            refreshChat();
        } catch (err) {
            toast(err.message);
        }
    });
    $('add').addEventListener('click', () => {
        $('add-form').hidden = !$('add-form').hidden;
        $('new-name').focus();
    });
    $('add-form').addEventListener('submit', async (e) => {
        e.preventDefault();
        try {
            const created = await call('POST', '/personas', {name: $('new-name').value, language: $('new-language').value});
            $('new-name').value = '';
            $('add-form').hidden = true;
            state.personas = await call('GET', '/personas');
            choose(created.id);
        } catch (err) {
            toast(err.message);
        }
    });
    $('reset').addEventListener('click', async () => {
        if (!confirm('Wipe all chats and data and start again with the demo platform?')) {
            return;
        }
        try {
            state.personas = await call('POST', '/reset');
            state.seen = {};
            choose(state.personas.some((p) => p.id === state.current) ? state.current : state.personas[0].id);
            toast('Demo data reset');
        } catch (err) {
            toast(err.message);
        }
    });
    window.addEventListener('hashchange', () => {
        const id = Number((location.hash.match(/p=(\d+)/) || [])[1]);
        if (id && id !== state.current && state.personas.some((p) => p.id === id)) {
            choose(id);
        }
    });

    function problem(message) {
        $('banner').classList.add('problem');
        $('banner-text').textContent = message;
    }

    loadPersonas().catch((e) => problem(e.message));
    setInterval(refreshChat, 700);
    setInterval(() => loadPersonas().catch(() => {}), 3000);
})();
