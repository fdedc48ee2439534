// (Loaded as a module after datasette-leaflet's Leaflet module, which sets window.L.)
// The map of an event page (its place) or of the index (the events of the page shown,
// each marker linking to its event): country outlines shipped with fogofwar (Natural
// Earth, public domain) and a marker per point with coordinates. No tiles unless the
// server was given a tile URL. Labels are set as text, never as HTML: they come from
// articles; a link is only made to an event page of this server.
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
    var label = document.createElement(p.href ? "a" : "span");
    label.textContent = p.label;
    if (p.href && p.href.indexOf("/fogofwar/event/") === 0) { label.href = p.href; }
    return L.circleMarker([p.lat, p.lon], {
      radius: 8, color: "#a33a00", weight: 2, fillColor: "#d55e00", fillOpacity: 0.8,
      className: "fogofwar-marker"
    }).bindPopup(label).addTo(map);
  });
  if (markers.length > 1) {
    map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 6 });
  } else if (markers.length) {
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
