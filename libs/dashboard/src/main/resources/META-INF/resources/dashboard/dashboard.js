/*
 * Recovery Tracker dashboard: enhances the page the server rendered, which works without it.
 *
 * - The place chooser becomes a searchable combobox (the ARIA 1.2 combobox pattern: type to
 *   filter, arrow keys to move, Enter to choose, Escape to close).
 * - The weekly figures get a bar chart (ECharts, served from its WebJar); the table stays as its
 *   text alternative. The server gives the chart its data (data-chart-weeks).
 * - The figures update in place: the page asks the server for its live blocks (data-live-src),
 *   rendered by the same templates as the page itself, swaps in those that changed, and says what
 *   changed in a polite live region, without reloading.
 *
 * This script writes no figure itself: every figure shown as text is written by the server, so
 * that it reads the same on the first load and after an update.
 */
(function () {
  'use strict';

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

  /** Asks for the page's live blocks: the HTML when they are there, and the status either way. */
  function load(url) {
    return fetch(url, { headers: { Accept: 'text/html' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          return { ok: false, status: response.status };
        }
        return response.text().then(function (html) {
          return { ok: true, status: response.status, html: html };
        });
      })
      .catch(function () {
        return { ok: false, status: 0 };
      });
  }

  /** Where a figure is: its block, its row (sector, week, place or measure), its area or share, its measure. */
  function cellKey(cell) {
    var row = cell.closest('tr');
    var rowKey = row ? (row.getAttribute('data-sector') || row.getAttribute('data-week')
      || row.getAttribute('data-place') || row.getAttribute('data-measure') || '') : '';
    return [rowKey, cell.getAttribute('data-area') || '', cell.getAttribute('data-share-of') || '',
      cell.getAttribute('data-measure')].join('|');
  }

  function figuresOf(block) {
    var figures = {};
    block.querySelectorAll('td[data-measure], dd[data-measure]').forEach(function (cell) {
      figures[cellKey(cell)] = cell.textContent.trim();
    });
    return figures;
  }

  /** Each live block as the server last rendered it, by id, before any flashing changed its classes. */
  var rendered = {};

  function remember() {
    document.querySelectorAll('[data-live][id]').forEach(function (block) {
      rendered[block.id] = block.outerHTML;
    });
  }

  /**
   * Puts a fresh block in the place of the one shown, if the server rendered it differently, and
   * flashes the figures that changed. A changed headline figure is said in words ("Jobs lost now
   * 1,450 (was 1,200)"), with the figures as the server wrote them.
   */
  function swap(fresh, changes) {
    var shown = document.getElementById(fresh.id);
    if (!shown || rendered[fresh.id] === fresh.outerHTML) {
      return false;
    }
    rendered[fresh.id] = fresh.outerHTML;
    var before = figuresOf(shown);
    var block = document.importNode(fresh, true);
    shown.parentNode.replaceChild(block, shown);
    block.querySelectorAll('td[data-measure], dd[data-measure]').forEach(function (cell) {
      var was = before[cellKey(cell)];
      var now = cell.textContent.trim();
      if (was === now) {
        return;
      }
      flash(cell);
      if (was !== undefined && cell.classList.contains('app-figure__value')) {
        var label = cell.parentNode.querySelector('.app-figure__label').textContent.trim();
        changes.push(label + ' now ' + now + ' (was ' + was + ')');
      }
    });
    return true;
  }

  // ---- The weekly chart ----

  var chart = null;
  var charted = null;

  function drawChart() {
    var box = document.querySelector('[data-chart="weekly"]');
    var table = document.querySelector('[data-chart-weeks]');
    var data = table && table.getAttribute('data-chart-weeks');
    if (!box || !data || !window.echarts || data === charted) {
      return;
    }
    charted = data;
    var weeks = JSON.parse(data);
    if (!chart) {
      chart = window.echarts.init(box);
      window.addEventListener('resize', function () { chart.resize(); });
    }
    // A provisional week's bars are paler with a dashed outline, and its axis label italic, so that
    // it doesn't read as final (the table tags it in words).
    var provisional = weeks.provisional || [];
    var series = function (name, measure, stack, colour) {
      var data = weeks[measure].map(function (value, index) {
        return provisional[index]
          ? { value: value, itemStyle: { opacity: 0.45, borderType: 'dashed', borderColor: colour, borderWidth: 1 } }
          : value;
      });
      return { name: name, type: 'bar', stack: stack, color: colour, barMaxWidth: 40, data: data };
    };
    var labels = weeks.weeks.map(function (label, index) {
      return provisional[index] ? { value: label, textStyle: { fontStyle: 'italic' } } : label;
    });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: '"GDS Transport", arial, sans-serif', color: '#0b0c0c' },
      legend: { top: 0, left: 0, textStyle: { fontSize: 16 } },
      tooltip: { trigger: 'axis' },
      grid: { left: 70, right: 20, top: 70, bottom: weeks.weeks.length > 26 ? 80 : 40 },
      xAxis: { type: 'category', data: labels, axisLabel: { fontSize: 14 } },
      yAxis: { type: 'value', name: 'Jobs', nameTextStyle: { fontSize: 14 }, axisLabel: { fontSize: 14 } },
      dataZoom: weeks.weeks.length > 26 ? [{ type: 'slider', bottom: 10 }] : [],
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
    var source = main.getAttribute('data-live-src');
    var name = main.getAttribute('data-name');
    var waiting = main.getAttribute('data-waiting') === 'true';
    var every = Number(main.getAttribute('data-refresh-ms')) || 5000;
    var seconds = main.getAttribute('data-refresh-seconds');
    var status = document.getElementById('app-live-status');
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
      load(source).then(function (got) {
        if (waiting) {
          if (got.ok) {
            window.location.reload(); // figures have appeared: show the whole page
          }
          return;
        }
        if (!got.ok) {
          say(got.status === 404
            ? 'There are no live figures for ' + name + ' now: every report has been withdrawn. The figures above are from before.'
            : 'The figures are being moved between servers (status ' + (got.status || 'no answer')
              + '). The page will try again in ' + seconds + ' seconds.');
          return;
        }
        var fresh = new DOMParser().parseFromString(got.html, 'text/html');
        var changes = [];
        fresh.querySelectorAll('[data-live][id]').forEach(function (block) {
          swap(block, changes);
        });
        drawChart();
        var checked = fresh.getElementById('app-last-checked');
        if (changes.length > 0) {
          say('Updated at ' + (checked ? checked.getAttribute('data-as-at') : '') + ': ' + changes.join('; ') + '.');
        } else if (status && status.textContent.indexOf('Updated at') !== 0) {
          say('');
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
    remember();
    drawChart();
    schedule();
  }

  function start() {
    var chooser = document.querySelector('[data-module="app-place-chooser"]');
    if (chooser) {
      enhanceChooser(chooser);
    }
    var main = document.querySelector('[data-dashboard]');
    if (main && main.getAttribute('data-live-src')) {
      startLive(main);
    } else {
      drawChart();
    }
  }

  start();
}());
