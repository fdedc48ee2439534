// (Loaded as a module after datasette-leaflet's Leaflet module, which sets window.L.)
// The event page's map: country outlines shipped with fogofwar (Natural Earth, public
// domain) and a marker per place with coordinates. No tiles unless the server was given
// a tile URL. Labels are set as text, never as HTML: they come from articles.
(function () {
  "use strict";
  var holder = document.getElementById("map");
  var source = document.getElementById("fogofwar-map-data");
  if (!holder || !source || !window.L) { return; }
  var data = JSON.parse(source.textContent);
  var map = L.map(holder, { worldCopyJump: true });
  if (data.tiles) {
    L.tileLayer(data.tiles, { maxZoom: 18 }).addTo(map);
  }
  var markers = data.points.map(function (p) {
    var label = document.createElement("span");
    label.textContent = p.label;
    return L.circleMarker([p.lat, p.lon], {
      radius: 8, color: "#a33a00", weight: 2, fillColor: "#d55e00", fillOpacity: 0.8,
      className: "fogofwar-marker"
    }).bindPopup(label).addTo(map);
  });
  if (markers.length) {
    map.setView(markers[0].getLatLng(), 6);
  } else {
    map.setView([20, 0], 1);
  }
  fetch(data.outlines).then(function (r) { return r.json(); }).then(function (world) {
    var outlines = L.geoJSON(world, {
      interactive: false,
      style: { color: "#7a8591", weight: 1, fillColor: "#e9ecef", fillOpacity: 1 }
    }).addTo(map);
    outlines.bringToBack();
    holder.setAttribute("data-outlines", "loaded");
  });
})();
