/*
 * Recovery Tracker dashboard: enhances the page the server rendered, which works without it.
 *
 * - The place chooser becomes a searchable combobox (the ARIA 1.2 combobox pattern: type to
 *   filter, arrow keys to move, Enter to choose, Escape to close).
 * - The weekly figures get a bar chart (ECharts, served from its WebJar); the table stays as its
 *   text alternative.
 * - The figures update in place: the page polls the same Views API it was built from and says
 *   what changed in a polite live region, without reloading.
 *
 * Figures are written with the same rules as FigureFormat.java (show, pounds, share), so a
 * figure reads the same whether the server or this script wrote it.
 */
(function () {
  'use strict';

  var COUNT = new Intl.NumberFormat('en-GB');
  var WEEK_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  var AXIS_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  var CLOCK = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Europe/London'
  });
  var WEEK_MS = 7 * 24 * 60 * 60 * 1000;

  // ---- Writing figures: the same rules as FigureFormat.java ----

  function show(format, value) {
    if (format === 'money') {
      return pounds(value);
    }
    if (format === 'signed' && value > 0) {
      return '+' + COUNT.format(value);
    }
    return COUNT.format(value);
  }

  function pounds(pence) {
    var sign = pence < 0 ? '-' : '';
    var abs = Math.abs(pence);
    var rest = abs % 100;
    return sign + '£' + COUNT.format(Math.floor(abs / 100)) + (rest === 0 ? '' : '.' + String(rest).padStart(2, '0'));
  }

  function share(part, whole) {
    if (whole <= 0 || part < 0) {
      return '–';
    }
    var percent = Math.round(100 * part / whole);
    return percent === 0 && part > 0 ? 'less than 1%' : percent + '%';
  }

  function weekDate(iso) {
    return new Date(iso + 'T00:00:00Z');
  }

  // ---- The searchable place chooser ----

  function enhanceChooser(select) {
    var label = document.querySelector('label[for="' + select.id + '"]');
    var hint = document.getElementById('place-hint');
    var choices = Array.prototype.map.call(select.options, function (option) {
      return {
        code: option.value,
        name: option.value ? option.text : 'United Kingdom',
        where: option.value ? option.getAttribute('data-region') : 'Every place',
        key: (option.value ? option.text : 'United Kingdom UK').toLowerCase()
      };
    });
    var selected = select.options[select.selectedIndex];

    var input = document.createElement('input');
    input.type = 'text';
    input.id = select.id;
    input.name = select.name;
    input.className = 'govuk-input' + (select.classList.contains('govuk-select--error') ? ' govuk-input--error' : '');
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', 'place-options');
    input.setAttribute('aria-describedby', select.getAttribute('aria-describedby'));
    input.value = select.getAttribute('data-typed') || (selected && selected.value ? selected.text : '');

    var list = document.createElement('ul');
    list.id = 'place-options';
    list.className = 'app-combobox__list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-labelledby', label.id);
    list.hidden = true;

    var count = document.createElement('div');
    count.className = 'govuk-visually-hidden';
    count.setAttribute('role', 'status');

    var box = document.createElement('div');
    box.className = 'app-combobox';
    box.appendChild(input);
    box.appendChild(list);
    box.appendChild(count);
    select.parentNode.replaceChild(box, select);
    hint.textContent = 'Start typing the name of a council area or its ONS code, for example Hounslow or E09000018, '
      + 'then choose it from the list with the arrow keys and Enter. Choose United Kingdom for every place.';

    var matches = [];
    var active = -1;

    function filter() {
      var typed = input.value.trim().toLowerCase();
      matches = choices.filter(function (choice) {
        return choice.key.indexOf(typed) >= 0 || choice.code.toLowerCase().indexOf(typed) === 0;
      });
      // Names that start with what was typed first; otherwise alphabetical, as listed.
      matches.sort(function (a, b) {
        return (a.key.indexOf(typed) === 0 ? 0 : 1) - (b.key.indexOf(typed) === 0 ? 0 : 1);
      });
      active = -1;
      render();
      count.textContent = matches.length === 1 ? '1 place matches' : matches.length + ' places match';
    }

    function render() {
      list.textContent = '';
      matches.forEach(function (choice, index) {
        var option = document.createElement('li');
        option.id = 'place-option-' + index;
        option.className = 'app-combobox__option';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(index === active));
        option.appendChild(document.createTextNode(choice.name + ' '));
        var where = document.createElement('span');
        where.className = 'app-combobox__hint';
        where.textContent = '(' + choice.where + ')';
        option.appendChild(where);
        option.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keep the focus in the input
        });
        option.addEventListener('click', function () {
          choose(choice);
        });
        list.appendChild(option);
      });
      setOpen(matches.length > 0);
      if (active >= 0) {
        input.setAttribute('aria-activedescendant', 'place-option-' + active);
        list.children[active].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function setOpen(open) {
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      if (!open) {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function move(step) {
      if (list.hidden) {
        filter();
      }
      if (matches.length === 0) {
        return;
      }
      active = (active + step + matches.length) % matches.length;
      render();
    }

    function choose(choice) {
      input.value = choice.name;
      setOpen(false);
      window.location.assign(choice.code ? '/places/' + encodeURIComponent(choice.code) : '/');
    }

    input.addEventListener('input', filter);
    input.addEventListener('keydown', function (event) {
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          move(1);
          break;
        case 'ArrowUp':
          event.preventDefault();
          move(-1);
          break;
        case 'Enter':
          // Otherwise the form is sent as typed, and the server finds the place by name or code.
          if (!list.hidden && (active >= 0 || matches.length === 1)) {
            event.preventDefault();
            choose(matches[Math.max(active, 0)]);
          }
          break;
        case 'Escape':
          if (!list.hidden) {
            event.preventDefault();
            setOpen(false);
          }
          break;
        case 'Tab':
          setOpen(false);
          break;
        default:
          break;
      }
    });
    input.addEventListener('blur', function () {
      setOpen(false);
    });
  }

  // ---- Live figures ----

  function flash(element) {
    element.classList.remove('app-changed');
    void element.offsetWidth; // restart the animation
    element.classList.add('app-changed');
  }

  function load(url) {
    if (!url) {
      return Promise.resolve(null);
    }
    return fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          return { ok: false, status: response.status };
        }
        return response.json().then(function (body) {
          return { ok: true, status: response.status, body: body };
        });
      })
      .catch(function () {
        return { ok: false, status: 0 };
      });
  }

  /** Updates every figure of an area where it is shown; says what changed in the headline. */
  function updateFigures(area, view, changes) {
    document.querySelectorAll('[data-area="' + area + '"][data-measure]').forEach(function (cell) {
      var shown = show(cell.getAttribute('data-format'), view[cell.getAttribute('data-measure')]);
      if (cell.textContent.trim() !== shown) {
        var before = cell.textContent.trim();
        cell.textContent = shown;
        flash(cell);
        if (changes && cell.classList.contains('app-figure__value')) {
          var label = cell.parentNode.querySelector('.app-figure__label').textContent.trim();
          changes.push(label + ' now ' + shown + ' (was ' + before + ')');
        }
      }
    });
  }

  function updateShares(views) {
    document.querySelectorAll('[data-share-of]').forEach(function (cell) {
      var of = views[cell.getAttribute('data-share-of')];
      if (!views.place || !views.place.ok || !of || !of.ok) {
        return;
      }
      var measure = cell.getAttribute('data-measure');
      var shown = cell.getAttribute('data-format') === 'signed' ? '–' : share(views.place.body[measure], of.body[measure]);
      if (cell.textContent.trim() !== shown) {
        cell.textContent = shown;
        flash(cell);
      }
    });
  }

  function columnsOf(tbody) {
    return Array.prototype.slice.call(tbody.closest('table').querySelectorAll('thead th'), 1).map(function (th) {
      return { measure: th.getAttribute('data-measure'), format: th.getAttribute('data-format'), column: th.getAttribute('data-column') };
    });
  }

  /**
   * Rebuilds a table's rows from the API's items when anything in them changed, flashing the
   * cells that did. rowKey names the row's data attribute; header writes its first cell; extra
   * gives the text of columns that are not measures.
   */
  function syncRows(tbody, items, rowKey, keyOf, header, extra) {
    if (!tbody) {
      return;
    }
    var columns = columnsOf(tbody);
    var before = {};
    Array.prototype.forEach.call(tbody.rows, function (row) {
      before[row.getAttribute('data-' + rowKey)] = row;
    });
    var changed = items.length !== tbody.rows.length;
    var rows = items.map(function (item, index) {
      var key = keyOf(item);
      var row = document.createElement('tr');
      row.className = 'govuk-table__row';
      row.setAttribute('data-' + rowKey, key);
      row.appendChild(header(item));
      columns.forEach(function (column) {
        var cell = document.createElement('td');
        if (column.measure) {
          cell.className = 'govuk-table__cell govuk-table__cell--numeric';
          cell.setAttribute('data-measure', column.measure);
          cell.textContent = show(column.format, item[column.measure]);
        } else {
          cell.className = 'govuk-table__cell';
          cell.textContent = extra(item, column.column);
        }
        row.appendChild(cell);
      });
      var old = before[key];
      if (!old || tbody.rows[index] !== old) {
        changed = true;
      }
      if (!old) {
        Array.prototype.forEach.call(row.cells, flash);
      } else {
        Array.prototype.forEach.call(row.cells, function (cell, position) {
          if (!old.cells[position] || old.cells[position].textContent.trim() !== cell.textContent.trim()) {
            changed = true;
            flash(cell);
          }
        });
      }
      return row;
    });
    if (changed) {
      tbody.textContent = '';
      rows.forEach(function (row) {
        tbody.appendChild(row);
      });
    }
  }

  function rowHeader(text) {
    var th = document.createElement('th');
    th.scope = 'row';
    th.className = 'govuk-table__header';
    th.textContent = text;
    return th;
  }

  function updateSectors(area, view) {
    syncRows(document.querySelector('[data-sectors-of="' + area + '"]'), view.sectors || [], 'sector',
      function (sector) { return sector.sector; },
      function (sector) { return rowHeader(sector.sectorName); });
  }

  function updateWeeks(weeks) {
    syncRows(document.querySelector('[data-weeks-of]'), weeks, 'week',
      function (week) { return week.weekStart; },
      function (week) { return rowHeader(WEEK_LABEL.format(weekDate(week.weekStart))); });
  }

  function updatePlaces(places) {
    var tbody = document.querySelector('[data-places]');
    if (!tbody) {
      return;
    }
    var regionNames = JSON.parse(tbody.closest('table').getAttribute('data-region-names') || '{}');
    syncRows(tbody, places, 'place',
      function (place) { return place.place; },
      function (place) {
        var th = rowHeader('');
        var link = document.createElement('a');
        link.className = 'govuk-link';
        link.href = '/places/' + encodeURIComponent(place.place);
        link.textContent = place.name;
        th.appendChild(link);
        return th;
      },
      function (place) { return regionNames[place.region] || place.region; });
  }

  // ---- The weekly chart ----

  var chart = null;
  var charted = null;

  /** Weeks without events between the first and last, as zeros, so the time axis is even. */
  function everyWeek(weeks) {
    if (weeks.length < 2) {
      return weeks;
    }
    var first = weekDate(weeks[0].weekStart).getTime();
    var span = Math.round((weekDate(weeks[weeks.length - 1].weekStart).getTime() - first) / WEEK_MS) + 1;
    if (span > 520) {
      return weeks;
    }
    var byWeek = {};
    weeks.forEach(function (week) { byWeek[week.weekStart] = week; });
    var all = [];
    for (var i = 0; i < span; i++) {
      var iso = new Date(first + i * WEEK_MS).toISOString().slice(0, 10);
      all.push(byWeek[iso] || { weekStart: iso, jobsLost: 0, jobsAtRisk: 0, jobsCreated: 0, jobsSafeguarded: 0 });
    }
    return all;
  }

  function drawChart(weeks) {
    var box = document.querySelector('[data-chart="weekly"]');
    var data = JSON.stringify(weeks);
    if (!box || !window.echarts || data === charted) {
      return;
    }
    charted = data;
    if (!chart) {
      chart = window.echarts.init(box);
      window.addEventListener('resize', function () { chart.resize(); });
    }
    var all = everyWeek(weeks);
    var series = function (name, measure, stack, colour) {
      return {
        name: name, type: 'bar', stack: stack, color: colour, barMaxWidth: 40,
        data: all.map(function (week) { return week[measure]; })
      };
    };
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: '"GDS Transport", arial, sans-serif', color: '#0b0c0c' },
      legend: { top: 0, left: 0, textStyle: { fontSize: 16 } },
      tooltip: { trigger: 'axis', valueFormatter: function (value) { return COUNT.format(value); } },
      grid: { left: 70, right: 20, top: 70, bottom: all.length > 26 ? 80 : 40 },
      xAxis: {
        type: 'category',
        data: all.map(function (week) { return AXIS_LABEL.format(weekDate(week.weekStart)); }),
        axisLabel: { fontSize: 14 }
      },
      yAxis: {
        type: 'value', name: 'Jobs', nameTextStyle: { fontSize: 14 },
        axisLabel: { fontSize: 14, formatter: function (value) { return COUNT.format(value); } }
      },
      dataZoom: all.length > 26 ? [{ type: 'slider', bottom: 10 }] : [],
      series: [
        series('Jobs lost', 'jobsLost', 'losses', '#d4351c'),
        series('Jobs at risk', 'jobsAtRisk', 'losses', '#f47738'),
        series('New jobs', 'jobsCreated', 'gains', '#00703c'),
        series('Jobs safeguarded', 'jobsSafeguarded', 'gains', '#1d70b8')
      ]
    }, { notMerge: true });
  }

  // ---- Polling ----

  function startLive(main) {
    var scope = main.getAttribute('data-scope');
    var name = main.getAttribute('data-name');
    var waiting = main.getAttribute('data-waiting') === 'true';
    var every = Number(main.getAttribute('data-refresh-ms')) || 5000;
    var sources = {
      place: main.getAttribute('data-src-place'),
      region: main.getAttribute('data-src-region'),
      uk: main.getAttribute('data-src-uk'),
      weeks: main.getAttribute('data-src-weeks'),
      places: main.getAttribute('data-src-places')
    };
    var status = document.getElementById('app-live-status');
    var checked = document.getElementById('app-last-checked');
    var seconds = Math.round(every / 1000);
    var timer = null;
    var busy = false;

    function say(text) {
      if (status && status.textContent !== text) {
        status.textContent = text;
      }
    }

    function refresh() {
      timer = null;
      if (busy) {
        return;
      }
      busy = true;
      var keys = ['place', 'region', 'uk', 'weeks', 'places'];
      Promise.all(keys.map(function (key) {
        return waiting && key !== scope ? Promise.resolve(null) : load(sources[key]);
      })).then(function (results) {
        var got = {};
        keys.forEach(function (key, index) { got[key] = results[index]; });
        if (waiting) {
          if (got[scope] && got[scope].ok) {
            window.location.reload(); // figures have appeared: show the whole page
          }
          return;
        }
        var time = CLOCK.format(new Date());
        var changes = [];
        ['place', 'region', 'uk'].forEach(function (area) {
          if (got[area] && got[area].ok) {
            updateFigures(area, got[area].body, area === scope ? changes : null);
            updateSectors(area, got[area].body);
          }
        });
        updateShares(got);
        if (got.weeks && got.weeks.ok) {
          updateWeeks(got.weeks.body);
          drawChart(got.weeks.body);
        }
        if (got.places && got.places.ok) {
          updatePlaces(got.places.body);
        }
        var mine = got[scope];
        if (mine && !mine.ok) {
          say(mine.status === 404
            ? 'There are no live figures for ' + name + ' now: every report has been withdrawn. The figures above are from before.'
            : 'The figures are being moved between servers (status ' + (mine.status || 'no answer')
              + '). The page will try again in ' + seconds + ' seconds.');
        } else if (changes.length > 0) {
          say('Updated at ' + time + ': ' + changes.join('; ') + '.');
        }
        if (checked) {
          checked.textContent = 'Figures checked at ' + time + '. The page checks for new figures every ' + seconds
            + ' seconds and updates them where they are.';
        }
      }).finally(function () {
        busy = false;
        schedule();
      });
    }

    function schedule() {
      if (!timer && !busy && !document.hidden) {
        timer = window.setTimeout(refresh, every);
      }
    }

    document.addEventListener('visibilitychange', function () {
      if (!document.hidden && !timer && !busy) {
        refresh();
      }
    });
    refresh();
  }

  function start() {
    var chooser = document.querySelector('[data-module="app-place-chooser"]');
    if (chooser) {
      enhanceChooser(chooser);
    }
    var main = document.querySelector('[data-dashboard]');
    if (main && (main.getAttribute('data-src-uk') || main.getAttribute('data-src-place'))) {
      startLive(main);
    }
  }

  start();
}());
