// A row and the sentence it rests on light up together; a click pins them, and so does an
// announcement id in the address (show.html#a5) on load.
const segs = (sid) => document.querySelectorAll(`.seg[data-sentences~="${sid}"]`);
const rows = (seg) => seg.dataset.sentences.split(" ")
  .flatMap((sid) => [...document.querySelectorAll(`tr[data-sentence="${sid}"]`)]);
const light = (els, on) => els.forEach((el) => el.classList.toggle("lit", on));
function pin(row, smooth) {
  document.querySelectorAll(".pinned").forEach((el) => el.classList.remove("pinned"));
  const found = segs(row.dataset.sentence);
  [row, ...found].forEach((el) => el.classList.add("pinned"));
  const box = document.getElementById("article");
  if (found.length) box.scrollTo({ top: found[0].offsetTop - 40, behavior: smooth ? "smooth" : "auto" });
}
document.querySelectorAll("tr[data-sentence]").forEach((row) => {
  row.addEventListener("mouseenter", () => light([row, ...segs(row.dataset.sentence)], true));
  row.addEventListener("mouseleave", () => light([row, ...segs(row.dataset.sentence)], false));
  row.addEventListener("click", () => pin(row, true));
});
document.querySelectorAll(".seg[data-sentences]").forEach((seg) => {
  seg.addEventListener("mouseenter", () => light([seg, ...rows(seg)], true));
  seg.addEventListener("mouseleave", () => light([seg, ...rows(seg)], false));
});
const target = location.hash && document.getElementById(`row-${location.hash.slice(1)}`);
if (target && target.dataset.sentence) pin(target, false);
