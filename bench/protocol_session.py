"""One learner's session spoken at the level of Streamlit's own protocol: the requests a browser makes
(the page's HTML and the scripts and styles it names, then the websocket of `/_stcore/stream`) and the
messages its frontend sends (a rerun with the URL's query, a widget's new value, a component's event),
without a browser drawing anything. A bench of many such sessions measures the server alone, where a
bench of browsers on the same machine measures mostly the browsers.

A widget's value is sent alone: Streamlit keeps the values of the widgets a rerun does not name, as it
does for a frontend that sends them all."""
import asyncio
import base64
import io
import json
import re
import urllib.request
from dataclasses import dataclass, field

import websockets
from PIL import Image, ImageDraw
from streamlit.components.v2.bidi_component.main import _make_trigger_id
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

FINISHED = (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY)
ASSET = re.compile(r'(?:src|href)="\.?/?(static/[^"]+\.(?:js|css))"')


class ScriptError(RuntimeError):
    """The page answered with an exception, or its script did not finish."""


@dataclass
class Element:
    kind: str
    proto: object
    fragment_id: str = ""


@dataclass
class RunResult:
    """What one script run drew: its elements by kind, in order."""
    elements: list = field(default_factory=list)

    def of_kind(self, kind):
        return [e for e in self.elements if e.kind == kind]


class ProtocolSession:
    def __init__(self, url, timeout=300.0):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.cookie = ""
        self.query = ""
        self.pages = {}  # url path -> page script hash
        self.page_hash = ""  # the page shown, which every rerun names
        self.widgets = {}  # a widget's key (the end of its id) -> its latest Element
        self.drawn = RunResult()  # what the latest run drew
        self._ws = None

    # ---- HTTP, as the browser's first load ----
    def _get(self, path):
        request = urllib.request.Request(f"{self.url}/{path.lstrip('/')}")
        if self.cookie:
            request.add_header("Cookie", self.cookie)
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            body = response.read()
            cookie = response.headers.get("Set-Cookie")
            if cookie:
                self.cookie = cookie.split(";", 1)[0]  # the classroom proxy's worker cookie
            return body

    def _load_html(self, path):
        html = self._get(path).decode()
        for asset in sorted(set(ASSET.findall(html))):
            self._get(asset)
        self._get("_stcore/health")
        self._get("_stcore/host-config")

    # ---- the websocket ----
    async def open(self, path, query):
        """Load the page as a browser's address bar does, and wait until it is drawn."""
        await asyncio.to_thread(self._load_html, f"{path}?{query}")
        headers = {"Cookie": self.cookie} if self.cookie else {}
        self._ws = await websockets.connect(
            self.url.replace("http", "ws", 1) + "/_stcore/stream", subprotocols=["streamlit"],
            additional_headers=headers, max_size=None, open_timeout=self.timeout, ping_interval=None)
        self.query = query
        return await self.rerun(page_name=path)

    async def close(self):
        if self._ws is not None:
            await self._ws.close()

    async def rerun(self, widget_states=(), page_name="", page_hash="", fragment_id=""):
        back = BackMsg()
        state = back.rerun_script
        state.query_string = self.query
        state.page_name = page_name
        state.page_script_hash = page_hash or self.page_hash
        state.fragment_id = fragment_id
        state.widget_states.widgets.extend(widget_states)
        await self._ws.send(back.SerializeToString())
        self.drawn = await asyncio.wait_for(self._until_finished(), self.timeout)
        return self.drawn

    async def _until_finished(self):
        """The elements drawn until the script (or the fragment, and the whole page when it asked for it)
        has finished."""
        result = RunResult()
        while True:
            message = ForwardMsg()
            message.ParseFromString(await self._ws.recv())
            what = message.WhichOneof("type")
            if what == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                item = Element(element.WhichOneof("type"), getattr(element, element.WhichOneof("type")),
                               message.delta.fragment_id)
                if item.kind == "exception":
                    raise ScriptError(f"{item.proto.type}: {item.proto.message}")
                result.elements.append(item)
                widget_id = getattr(item.proto, "id", "")
                if widget_id:
                    self.widgets[widget_id.rsplit("-", 1)[-1]] = item
            elif what == "navigation":
                self.pages = {p.url_pathname: p.page_script_hash for p in message.navigation.app_pages}
                self.page_hash = message.navigation.page_script_hash
            elif what == "page_info_changed":
                self.query = message.page_info_changed.query_string
            elif what == "script_finished" and message.script_finished in FINISHED:
                return result
            elif what == "script_finished" and message.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                raise ScriptError("the script did not compile")

    # ---- what a learner does ----
    async def move_slider(self, key):
        """One step right on the slider with this key, as the arrow key does."""
        slider = self.widgets[key].proto
        value = min(slider.max, (slider.value or slider.default)[0] + slider.step)
        state = WidgetState(id=slider.id)
        state.double_array_value.data.append(value)
        return await self.rerun([state])

    async def press(self, label_start):
        """A click on the button whose label starts with `label_start`."""
        button = next(e.proto for e in self.drawn.of_kind("button") if e.proto.label.startswith(label_start))
        return await self.rerun([WidgetState(id=button.id, trigger_value=True)])

    async def switch_page(self, path):
        """A click on the page in the sidebar: the app is not loaded again."""
        self.query = "lang=" + dict(p.split("=", 1) for p in self.query.split("&") if "=" in p).get("lang", "en")
        self.widgets = {}
        return await self.rerun(page_hash=self.pages[path])

    async def component_event(self, key, event, value):
        """A components-v2 component's trigger (`setTriggerValue(event, value)`), run as its fragment."""
        component = self.widgets[key]
        kept = WidgetState(id=component.proto.id, json_value="{}")  # its state, which the frontend always sends
        trigger = WidgetState(id=_make_trigger_id(component.proto.id, "events"))
        trigger.json_trigger_value = json.dumps([{"event": event, "value": value}])
        return await self.rerun([kept, trigger], fragment_id=component.fragment_id)

    async def component_state(self, key, value):
        """A components-v2 component's state (`setStateValue`), the whole state as its frontend sends it."""
        state = WidgetState(id=self.widgets[key].proto.id)
        state.json_value = json.dumps(value)
        return await self.rerun([state], fragment_id=self.widgets[key].fragment_id)


def component_data(element):
    """The JSON a components-v2 element was given as `data`."""
    proto = element.proto
    raw = proto.bytes if proto.WhichOneof("data") == "bytes" else proto.json
    return json.loads(raw)


def drawn_one(size):
    """The canvas' state after a "1" is drawn down its middle: fabric's objects and the PNG data URL."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 255))
    ImageDraw.Draw(image).line([(size / 2, 0.2 * size), (size / 2, 0.8 * size)], fill=(255, 255, 255, 255),
                               width=20)
    png = io.BytesIO()
    image.save(png, format="PNG")
    path = [["M", size / 2, 0.2 * size], ["L", size / 2, 0.8 * size]]
    return {"drawing": {"raw": {"version": "4.4.0", "objects": [{"type": "path", "path": path}]},
                        "data": "data:image/png;base64," + base64.b64encode(png.getvalue()).decode()}}
