'use client';

import { useCallback, useEffect, useState } from 'react';

const KEY = 'shenjiao.reviewer';

/** The reviewer's name, asked once and remembered in this browser. */
export function useReviewer(): [string, (name: string) => void] {
  const [name, setName] = useState('');
  useEffect(() => {
    setName(window.localStorage.getItem(KEY) ?? '');
  }, []);
  const save = useCallback((value: string) => {
    const trimmed = value.trim().slice(0, 80);
    window.localStorage.setItem(KEY, trimmed);
    setName(trimmed);
  }, []);
  return [name, save];
}
