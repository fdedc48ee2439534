"""Settings: each documented; defaults, then a TOML file, then overrides; bad values refused."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.errors import ConfigError
from fogofwar.settings import Settings, load_settings, settings_help

FIELDS = dataclasses.fields(Settings)


def toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "fogofwar.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f.name)
def test_every_setting_has_help_and_a_default(field: dataclasses.Field[Any]) -> None:
    help_text = field.metadata.get("help", "")
    assert len(help_text.split()) >= 3, f"{field.name} has no real help text"
    assert field.default is not dataclasses.MISSING


def test_settings_help_lists_every_setting_in_order() -> None:
    assert list(settings_help()) == [f.name for f in FIELDS]
    assert all(settings_help().values())


def test_settings_are_frozen_and_keyword_only() -> None:
    settings = Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.batch_size = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        Settings("en_core_web_sm")  # type: ignore[misc]


def test_no_file_and_no_overrides_gives_the_defaults() -> None:
    assert load_settings() == Settings()
    assert load_settings(None, batch_size=None, event_window_days=None) == Settings()


def test_a_config_file_overrides_the_defaults(tmp_path: Path) -> None:
    path = toml(tmp_path, "batch_size = 8\nevent_window_days = 3\nevent_similarity = 0.5\n")
    settings = load_settings(path)
    assert (settings.batch_size, settings.event_window_days, settings.event_similarity) == (
        8,
        3,
        0.5,
    )
    assert settings.model == Settings().model  # untouched settings keep their defaults


def test_an_integer_is_accepted_for_a_float_setting(tmp_path: Path) -> None:
    settings = load_settings(toml(tmp_path, "event_similarity = 1\n"))
    assert settings.event_similarity == 1.0
    assert isinstance(settings.event_similarity, float)


def test_overrides_win_over_the_config_file(tmp_path: Path) -> None:
    path = toml(tmp_path, "batch_size = 8\nevent_window_days = 3\n")
    settings = load_settings(path, batch_size=64, event_window_days=None)
    assert settings.batch_size == 64  # the flag wins
    assert settings.event_window_days == 3  # an unset flag (None) leaves the file's value


@given(
    batch_size=st.integers(min_value=1, max_value=10_000),
    window=st.integers(min_value=0, max_value=365),
    similarity=st.floats(min_value=0, max_value=1),
)
def test_valid_overrides_come_through_unchanged(
    batch_size: int, window: int, similarity: float
) -> None:
    settings = load_settings(
        batch_size=batch_size, event_window_days=window, event_similarity=similarity
    )
    assert (settings.batch_size, settings.event_window_days, settings.event_similarity) == (
        batch_size,
        window,
        similarity,
    )


def assert_config_error(tmp_path: Path, text: str, phrase: str) -> None:
    """A config file with `text` is refused in one line naming the file and `phrase`."""
    path = toml(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_settings(path)
    assert error.value.location == str(path)
    assert phrase in error.value.problem
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("colour = 'red'\n", "unknown setting 'colour'"),
        ("[fogofwar]\nbatch_size = 8\n", "unknown setting 'fogofwar'"),
        ("batch_size = '32'\n", "batch_size must be int"),
        ("batch_size = 3.5\n", "batch_size must be int"),
        ("event_similarity = 'high'\n", "event_similarity must be float"),
        ("model = 3\n", "model must be str"),
        ("min_text_chars = [40]\n", "min_text_chars must be int"),
        ("batch_size = \n", "cannot read config"),
        ("batch_size = 8\nbatch_size = 9\n", "cannot read config"),
    ],
)
def test_a_bad_config_file_is_a_config_error(tmp_path: Path, text: str, phrase: str) -> None:
    assert_config_error(tmp_path, text, phrase)


def test_a_config_file_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes("model = 'modèle'\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="cannot read config"):
        load_settings(path)


def test_a_missing_config_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config"):
        load_settings(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    ("overrides", "phrase"),
    [
        ({"colour": "red"}, "unknown setting 'colour'"),
        ({"batch_size": "8"}, "batch_size must be int"),
        ({"event_window_days": 2.5}, "event_window_days must be int"),
    ],
)
def test_a_bad_override_is_a_config_error(overrides: dict[str, Any], phrase: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_settings(**overrides)
    assert phrase in error.value.problem


@pytest.mark.parametrize("text", ["batch_size = true\n", "min_text_chars = false\n"])
def test_a_boolean_is_not_a_number(tmp_path: Path, text: str) -> None:
    with pytest.raises(ConfigError, match="must be int"):
        load_settings(toml(tmp_path, text))


def test_a_boolean_is_not_a_float(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_settings(toml(tmp_path, "event_similarity = true\n"))


@pytest.mark.parametrize(
    ("overrides", "phrase"),
    [
        ({"batch_size": 0}, "batch_size must be at least 1"),
        ({"batch_size": -3}, "batch_size must be at least 1"),
        ({"event_window_days": -1}, "event_window_days must be from 0 to 36500, got -1"),
        ({"min_text_chars": 0}, "min_text_chars must be at least 1"),
    ],
)
def test_a_value_below_the_minimum_is_a_config_error(
    overrides: dict[str, Any], phrase: str
) -> None:
    with pytest.raises(ConfigError) as error:
        load_settings(**overrides)
    assert phrase in error.value.problem


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("event_similarity = nan\n", "event_similarity must be a finite number, got nan"),
        ("event_similarity = -nan\n", "event_similarity must be a finite number"),
        ("event_similarity = inf\n", "event_similarity must be a finite number, got inf"),
        ("event_similarity = -0.1\n", "event_similarity must be from 0 to 1, got -0.1"),
        ("event_similarity = 1.5\n", "event_similarity must be from 0 to 1, got 1.5"),
        ("event_similarity = 2\n", "event_similarity must be from 0 to 1, got 2.0"),
        ("event_window_days = -1\n", "event_window_days must be from 0 to 36500, got -1"),
        ("event_window_days = 1000000000\n", "event_window_days must be from 0 to 36500"),
        ("max_text_chars = -5\n", "max_text_chars must be at least 1"),
        ("min_text_chars = 500\nmax_text_chars = 100\n", "min_text_chars (500) must not"),
        ("max_article_seconds = nan\n", "max_article_seconds must be a finite number"),
        ("max_article_seconds = 0\n", "max_article_seconds must be at least 0.01"),
        ("max_article_seconds = 30\n", "max_article_seconds (30) must not be below article_seconds (60)"),
        ("article_seconds = 200\n", "max_article_seconds (110) must not be below article_seconds (200)"),
    ],
)  # fmt: skip
def test_a_value_out_of_range_is_a_config_error_naming_the_setting(
    tmp_path: Path, text: str, phrase: str
) -> None:
    assert_config_error(tmp_path, text, phrase)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("batch_size", 1),
        ("event_window_days", 0),
        ("event_window_days", 36_500),
        ("min_text_chars", 1),
        ("event_similarity", 0.0),
        ("event_similarity", 1.0),
    ],
)
def test_the_minimum_itself_is_allowed(name: str, value: int) -> None:
    assert getattr(load_settings(**{name: value}), name) == value


README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.skipif(not README.exists(), reason="README.md is not written yet")
@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f.name)
def test_every_setting_is_named_in_the_readme(field: dataclasses.Field[Any]) -> None:
    assert f"`{field.name}`" in README.read_text(encoding="utf-8")
