/* The filter box of a table of the site (the home page's documents, a register's entries): a row
   stays when its text contains every word typed, in any case. Without the script the box stays
   hidden and the table complete. */
(function () {
  var box = document.getElementById('document-filter');
  if (!box) return;
  box.hidden = false;
  box.addEventListener('input', function () {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    document.querySelectorAll('#documents tbody tr').forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (word) { return text.indexOf(word) !== -1; });
    });
  });
}());
